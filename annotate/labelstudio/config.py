"""The Label Studio labeling config, generated from the label families and their descriptions.

One ``<Labels>`` control per family over a single ``<Text>`` object: a region belongs to
the control (family) it was drawn with, so spans of different families may overlap as
the guidelines allow. Each label's description is its hint (a tooltip in the page).
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

TEXT_NAME = "text"

# Distinct label colours, cycled per label across all families.
COLOURS = [
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
    "#469990", "#800000", "#808000", "#000075", "#bfef45", "#fabed4", "#dcbeff", "#aaffc3",
]


def labeling_config(labels: dict[str, dict[str, str]]) -> str:
    """The config XML for ``labels`` (family -> label -> description), families in name order."""
    lines = ["<View>", '  <Header value="$title"/>']
    colour = 0
    for family in sorted(labels):
        lines.append(f"  <Header value={quoteattr(family)} size=\"6\"/>")
        lines.append(f"  <Labels name={quoteattr(family)} toName=\"{TEXT_NAME}\">")
        for label, description in labels[family].items():
            hint = f" hint={quoteattr(description)}" if description else ""
            lines.append(f"    <Label value={quoteattr(label)} background=\"{COLOURS[colour % len(COLOURS)]}\"{hint}/>")
            colour += 1
        lines.append("  </Labels>")
    lines.append(f'  <Text name="{TEXT_NAME}" value="$text"/>')
    lines.append("</View>")
    return "\n".join(lines) + "\n"
