"""One document's tokens as the entity rules read them, computed once per document.

:class:`TokenTable` holds the columns the rules read (texts, parts of speech, character
offsets) and the name features the patterns read:

- a *name word* can be part of a name: a capitalised word that is not a determiner,
  preposition, pronoun, conjunction, auxiliary or adverb; a hyphen glued between such a
  word and another ("China-Europe", "Cross-border") and the word after it; an ordinal
  before a capitalised word ("14th Five-Year Plan");
- a *name "and"* joins two name words inside one name ("Belt and Road") rather than two
  names ("Erenhot Port and Manzhouli Port", where the word before "and" comes back after it).

Patterns read the features as the token extensions ``_.name_word`` and ``_.name_and``,
whose values come from the table kept with the token's document.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.attrs import ENT_IOB, IDX, ORTH, POS, SPACY
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

FUNCTION_POS = {"DET", "ADP", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "ADV", "PUNCT", "SYM"}
HYPHENS = {"-", "‐", "‑", "–"}
ANDS = {"and", "&"}
ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
IOB_INSIDE, IOB_OUTSIDE = 1, 2  # spaCy's ENT_IOB codes of "I" and "O"
POS_NAMES = {number: name for name, number in POS_IDS.items()}
USER_DATA_KEY = "annotate_entities.tokens"


@dataclass
class TokenTable:
    """Per token of one document: its text, lower-case text, part of speech, start offset, whether a
    space follows, and its name features."""

    texts: list[str]
    lowers: list[str]
    pos: list[str]
    starts: list[int]
    spaces: list[int]
    name_word: list[bool]
    name_and: list[bool]
    coordinating: list[bool]  # an "and" whose preceding word comes back after it
    found: dict[str, set[int]] = field(default_factory=dict)  # positions per token spec (see .patterns)
    columns: dict[str, dict[str, list[int]]] = field(default_factory=dict)  # value -> positions, per column

    @classmethod
    def of(cls, doc: Doc) -> TokenTable:
        """The table of ``doc``, computed and kept with it (in ``doc.user_data``) for the extensions."""
        table = doc.user_data.get(USER_DATA_KEY)
        if not isinstance(table, cls) or len(table.texts) != len(doc):
            table = doc.user_data[USER_DATA_KEY] = cls.compute(doc)
        return table

    @classmethod
    def compute(cls, doc: Doc) -> TokenTable:
        orths, pos_ids, starts, trailing_space, iob = (
            doc.to_array([ORTH, POS, IDX, SPACY, ENT_IOB]).reshape(-1, 5).T.tolist())
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in orths]
        pos = [POS_NAMES.get(number, "") for number in pos_ids]
        capitalized = [word[:1].isupper() and tag not in FUNCTION_POS for word, tag in zip(texts, pos)]
        last = len(texts) - 1
        hyphens = {
            i for i, word in enumerate(texts)
            if word in HYPHENS and 0 < i < last and not trailing_space[i - 1] and not trailing_space[i]
            and capitalized[i - 1] and texts[i + 1][:1].isalnum()
        }
        name_word = [
            capitalized[i] or i in hyphens or i - 1 in hyphens
            or (i < last and capitalized[i + 1] and word[:1].isdigit() and bool(ORDINAL.match(word)))
            for i, word in enumerate(texts)
        ]
        lowers = [word.lower() for word in texts]
        ands = [i for i, word in enumerate(lowers) if word in ANDS]
        coordinating = [False] * len(texts)
        for i in ands:
            following = itertools.takewhile(lambda j: name_word[j], range(i + 1, len(texts)))
            coordinating[i] = i > 0 and texts[i - 1] in {texts[j] for j in following}
        name_and = [False] * len(texts)
        for i in ands:
            if 0 < i < last and name_word[i - 1] and name_word[i + 1] and not coordinating[i]:
                name_and[i] = iob[i + 1] == IOB_INSIDE or (iob[i - 1] == IOB_OUTSIDE and iob[i + 1] == IOB_OUTSIDE)
        return cls(texts, lowers, pos, starts, trailing_space, name_word, name_and, coordinating)

    def __len__(self) -> int:
        return len(self.texts)

    def end(self, i: int) -> int:
        """The character offset after token ``i``."""
        return self.starts[i] + len(self.texts[i])

    def text_of(self, start: int, end: int) -> str:
        """The text of tokens ``[start, end)``, as ``doc[start:end].text``."""
        return "".join(self.texts[i] + " " * self.spaces[i] for i in range(start, end - 1)) + self.texts[end - 1]

    def positions(self, key: str, find: Callable[[TokenTable], set[int]]) -> set[int]:
        """The positions ``find`` gives, found once per document under ``key``."""
        if key not in self.found:
            self.found[key] = find(self)
        return self.found[key]

    def where(self, column: str) -> dict[str, list[int]]:
        """Value -> positions, for ``column`` one of ``texts``, ``lowers``, ``pos``; built on first use."""
        if column not in self.columns:
            where = self.columns[column] = defaultdict(list)
            if column == "lowers":
                for text, positions in self.where("texts").items():
                    where[text.lower()] += positions
            else:
                for i, value in enumerate(getattr(self, column)):
                    where[value].append(i)
        return self.columns[column]


def register_token_extensions() -> None:
    Token.set_extension("name_word", getter=lambda token: table_of(token).name_word[token.i], force=True)
    Token.set_extension("name_and", getter=lambda token: table_of(token).name_and[token.i], force=True)


def table_of(token: Token) -> TokenTable:
    table = token.doc.user_data.get(USER_DATA_KEY)
    return table if table is not None else TokenTable.of(token.doc)
