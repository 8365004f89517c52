import pytest

from annotate.errors import PluginError
from annotate.plugins import PluginHost

COLOUR_PLUGIN = '''
from annotate import hookimpl

__version__ = "2.5"

@hookimpl
def annotate_labels(register):
    register("colours", "COLOUR", "a colour word")

@hookimpl
def annotate_predictor(nlp, settings):
    def predict(docs, emit):
        for doc in docs:
            for token in doc:
                if token.lower_ in {"red", "green"}:
                    emit(doc, token.idx, token.idx + len(token), "COLOUR")
    return predict
'''


def test_built_in_plugins_are_found_through_the_entry_point_group():
    host = PluginHost.discover()
    assert {"readers", "entities", "quantities", "policy"} <= set(host.plugins)
    assert host.plugins["quantities"].labels["quantities"].keys() == {"MONEY", "PERCENT", "QUANTITY"}
    assert "POLICY_MEASURE" in host.plugins["policy"].labels["policy"]
    assert host.family_of("GPE") == "entities"


def test_a_third_party_plugin_is_discovered_the_same_way(install_plugin):
    install_plugin("colours", COLOUR_PLUGIN)
    plugin = PluginHost.discover().plugins["colours"]
    assert plugin.version == "2.5"
    assert plugin.provenance == "colours@2.5"
    assert plugin.labels == {"colours": {"COLOUR": "a colour word"}}


def test_the_distribution_version_is_used_when_the_module_has_none(install_plugin):
    install_plugin("plain", COLOUR_PLUGIN.replace('__version__ = "2.5"', ""), version="0.3.1")
    assert PluginHost.discover().plugins["plain"].version == "0.3.1"


def test_a_plugin_that_fails_to_load_is_named(install_plugin):
    install_plugin("broken", "import does_not_exist_anywhere\n")
    with pytest.raises(PluginError, match=r"plugin 'broken' \(annotate_test_broken\) failed to load"):
        PluginHost.discover()


def test_two_plugins_may_not_claim_one_label_in_different_families(install_plugin):
    install_plugin("clash", COLOUR_PLUGIN.replace('"colours", "COLOUR"', '"entities", "MONEY"'))
    with pytest.raises(PluginError, match=r"declares MONEY in family '\w+', but plugin '\w+' declares it in '\w+'"):
        PluginHost.discover()


def test_selecting_an_unknown_plugin_lists_the_installed_ones():
    with pytest.raises(PluginError, match=r"no plugin named 'nope' is installed \(installed: .*entities"):
        PluginHost.discover().select(["nope"])
