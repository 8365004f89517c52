"""The local server's program lookup, without starting a server."""

from __future__ import annotations

import os
import stat

import pytest

from annotate.labelstudio import StudioError
from annotate.labelstudio.server import find_executable


@pytest.fixture
def fake_program(tmp_path, monkeypatch):
    program = tmp_path / ".venv-labelstudio" / "bin" / "label-studio"
    program.parent.mkdir(parents=True)
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ANNOTATE_LABEL_STUDIO", raising=False)
    return program


def test_a_relative_program_is_made_absolute_before_the_server_moves_to_its_data_directory(fake_program, tmp_path):
    found = find_executable()
    assert found.is_absolute() and found == fake_program
    os.chdir(tmp_path.parent)
    assert found.is_file()


def test_an_explicit_relative_program_is_made_absolute(fake_program):
    assert find_executable(".venv-labelstudio/bin/label-studio") == fake_program


def test_a_missing_explicit_program_is_one_sentence(fake_program):
    with pytest.raises(StudioError, match="does not exist or is not executable"):
        find_executable("nowhere/label-studio")
