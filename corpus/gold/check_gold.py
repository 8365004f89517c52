#!/usr/bin/env python3
"""Validate corpus/gold/spans.jsonl against the seed texts (stdlib only).

Checks: JSON shape, text == file_text[start:end], no leading/trailing whitespace,
label in the guideline label set with the right family, no overlap between two
spans of the same family, quantity attrs complete and well typed (a rate's unit
is "<unit> per <unit>", whose first part follows the label's rule: an ISO 4217
code for MONEY, percent/percentage_point for PERCENT), sort order, no duplicates.  Exit status 0 when everything passes.

Usage: python3 corpus/gold/check_gold.py [spans.jsonl] [seeds_dir]
"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPANS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "spans.jsonl")
SEEDS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", "seeds")

FAMILY = {
    "PERSON": "entities", "NORP": "entities", "ORG": "entities", "GPE": "entities",
    "LOC": "entities", "FAC": "entities", "PRODUCT": "entities", "EVENT": "entities",
    "LAW": "entities", "DATE": "entities",
    "MONEY": "quantities", "PERCENT": "quantities", "QUANTITY": "quantities",
    "POLICY_MEASURE": "policy",
}
CHANGES = {"=", "~", "<", ">", "up", "down"}
KEYS = {"doc", "start", "end", "label", "family", "text", "attrs"}
QKEYS = {"value", "unit", "change", "surface_unit"}

errors = []


def err(lineno, msg):
    errors.append("line %d: %s" % (lineno, msg))


texts = {}


def text_of(doc):
    if doc not in texts:
        path = os.path.join(SEEDS, doc + ".txt")
        if not os.path.exists(path):
            texts[doc] = None
        else:
            with open(path, encoding="utf-8") as f:
                texts[doc] = f.read()
    return texts[doc]


# Proper names that keep their capital inside a written-out unit ("degree Celsius").
CAPITALISED_UNIT_WORDS = {"Celsius", "Fahrenheit", "British"}


def is_unit_name(u):
    """A written-out unit: lower-case words, except the proper names above."""
    words = u.replace("-", " ").split()
    return bool(words) and all(w == w.lower() or w in CAPITALISED_UNIT_WORDS for w in words)


def is_currency_code(u):
    return isinstance(u, str) and len(u) == 3 and u.isupper() and u.isalpha()


def split_rate(u):
    """'USD per barrel' -> ('USD', 'barrel'); a unit without ' per ' -> (u, None)."""
    head, sep, per = u.partition(" per ")
    return (head, per) if sep else (u, None)


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


spans = []
with open(SPANS, encoding="utf-8") as f:
    for lineno, line in enumerate(f, 1):
        if not line.strip():
            err(lineno, "empty line")
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(lineno, "bad JSON: %s" % e)
            continue
        if not isinstance(d, dict) or set(d) != KEYS:
            err(lineno, "keys must be exactly %s, got %s" % (sorted(KEYS), sorted(d) if isinstance(d, dict) else d))
            continue
        doc, s, e, label, fam, txt, attrs = (d[k] for k in ("doc", "start", "end", "label", "family", "text", "attrs"))
        if not (isinstance(s, int) and isinstance(e, int)) or isinstance(s, bool) or isinstance(e, bool):
            err(lineno, "start/end must be int")
            continue
        t = text_of(doc)
        if t is None:
            err(lineno, "unknown doc %r" % doc)
            continue
        if not (0 <= s < e <= len(t)):
            err(lineno, "bad offsets [%d,%d) for doc length %d" % (s, e, len(t)))
            continue
        if t[s:e] != txt:
            err(lineno, "text mismatch: file has %r, span says %r" % (t[s:e], txt))
        if txt != txt.strip() or t[s].isspace() or t[e - 1].isspace():
            err(lineno, "span starts or ends on whitespace: %r" % txt)
        if label not in FAMILY:
            err(lineno, "unknown label %r" % label)
            continue
        if FAMILY[label] != fam:
            err(lineno, "label %s must have family %s, not %s" % (label, FAMILY[label], fam))
        if not isinstance(attrs, dict):
            err(lineno, "attrs must be an object")
            continue
        if fam == "quantities":
            allowed = QKEYS | {"value_max"}
            missing = QKEYS - set(attrs)
            extra = set(attrs) - allowed
            if missing:
                err(lineno, "quantity attrs missing %s" % sorted(missing))
            if extra:
                err(lineno, "quantity attrs unexpected %s" % sorted(extra))
            if "value" in attrs and not (isinstance(attrs["value"], float) and math.isfinite(attrs["value"])):
                err(lineno, "value must be a finite float, got %r" % (attrs["value"],))
            if "value_max" in attrs:
                vm = attrs["value_max"]
                if not (isinstance(vm, float) and math.isfinite(vm)):
                    err(lineno, "value_max must be a finite float")
                elif is_num(attrs.get("value")) and vm < attrs["value"]:
                    err(lineno, "value_max < value")
            for k in ("unit", "surface_unit"):
                if k in attrs and not (isinstance(attrs[k], str) and attrs[k].strip()):
                    err(lineno, "%s must be a non-empty string" % k)
            if "unit" in attrs and isinstance(attrs["unit"], str) and attrs["unit"] != attrs["unit"].strip():
                err(lineno, "unit has surrounding whitespace")
            if attrs.get("change") not in CHANGES:
                err(lineno, "change must be one of %s, got %r" % (sorted(CHANGES), attrs.get("change")))
            u = attrs.get("unit")
            head, per = split_rate(u) if isinstance(u, str) else (u, None)
            if per is not None and not (is_unit_name(per) or is_currency_code(per)):
                err(lineno, "the 'per' part of a rate unit must be a lower-case unit name or an ISO 4217 code, got %r"
                    % (u,))
            if label == "MONEY" and not is_currency_code(head):
                err(lineno, "MONEY unit must be an ISO 4217 code (or 'CODE per UNIT'), got %r" % (u,))
            if label == "PERCENT" and head not in ("percent", "percentage_point"):
                err(lineno, "PERCENT unit must be percent or percentage_point (or '... per UNIT'), got %r" % (u,))
            if label == "QUANTITY" and isinstance(u, str) and not is_unit_name(u):
                err(lineno, "QUANTITY unit must be lower case (scale names such as Celsius excepted), got %r" % (u,))
        else:
            if attrs != {}:
                err(lineno, "attrs must be {} for %s" % fam)
        spans.append((lineno, d))

# sort order, duplicates, same-family overlap
keys = [(d["doc"], d["start"]) for _, d in spans]
if keys != sorted(keys):
    errors.append("spans are not sorted by (doc, start)")
seen = set()
for lineno, d in spans:
    k = (d["doc"], d["start"], d["end"], d["label"])
    if k in seen:
        err(lineno, "duplicate span %s" % (k,))
    seen.add(k)

by = {}
for lineno, d in spans:
    by.setdefault((d["doc"], d["family"]), []).append((d["start"], d["end"], lineno, d["text"]))
for (doc, fam), lst in sorted(by.items()):
    lst.sort()
    for a, b in zip(lst, lst[1:]):
        if b[0] < a[1]:
            errors.append("%s: %s overlap between line %d %r and line %d %r" % (doc, fam, a[2], a[3], b[2], b[3]))

# cross-family overlap is only allowed when one of the two is a policy span
allspans = sorted(((d["doc"], d["start"], d["end"], d["family"], lineno, d["text"]) for lineno, d in spans))
for i, a in enumerate(allspans):
    for b in allspans[i + 1:]:
        if b[0] != a[0] or b[1] >= a[2]:
            break
        if a[3] != b[3] and "policy" not in (a[3], b[3]):
            errors.append("%s: %s/%s overlap between line %d %r and line %d %r"
                          % (a[0], a[3], b[3], a[4], a[5], b[4], b[5]))

counts = {}
for _, d in spans:
    counts[d["label"]] = counts.get(d["label"], 0) + 1

if errors:
    print("FAIL: %d problem(s)" % len(errors))
    for m in errors:
        print("  " + m)
    sys.exit(1)
print("OK: %d spans in %d docs" % (len(spans), len({d["doc"] for _, d in spans})))
for lab in FAMILY:
    if lab in counts:
        print("  %-15s %d" % (lab, counts[lab]))
