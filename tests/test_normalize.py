"""Tests for the machine-translation repair and its offset map."""

from __future__ import annotations

import random
import re

import pytest

from eventcoder.normalize import _RULES, _pattern, normalize

#: characters the repairs may legitimately change one for one
_SAME = {'"': "“”„‟\"", "'": "‘’‚‛'", " ": " \t\u00a0\u2002\u2009\u202f\u3000", "-": "-\u2010\u2011"}


def _same_char(out: str, orig: str) -> bool:
    return out == orig or orig in _SAME.get(out, "")


def _check_offsets(text: str) -> None:
    """Every output char maps back to an equal original char; spans map monotonically."""
    n = normalize(text)
    previous = -1
    for i, ch in enumerate(n.text):
        j = n.to_original(i)
        assert 0 <= j <= len(text)
        if n.inserted(i):
            assert ch == " "
        else:
            assert _same_char(ch, text[j]), (text, i, ch, text[j])
            assert j > previous
            previous = j
    assert n.to_original(len(n.text)) == len(text)
    assert n.span_to_original(0, len(n.text))[1] <= len(text)


@pytest.mark.parametrize(("raw", "fixed"), [
    ("Kim Jong -un met him", "Kim Jong-un met him"),
    ("Russian -DPRK military cooperation", "Russian-DPRK military cooperation"),
    ("a large -scale meeting", "a large-scale meeting"),
    ("held one -on -one talks", "held one-on-one talks"),
    ("members of the anti -phase", "members of the anti-phase"),
    ("asked by a reporter- \"Whether", "asked by a reporter - \"Whether"),
    ("the talks.However, nothing", "the talks. However, nothing"),
    ("Kim Jong -un.Putin then", "Kim Jong-un. Putin then"),
    ("reached consensus.\"However", "reached consensus.\" However"),
    ("make satellites?From there", "make satellites? From there"),
    ("Obviously not.Although it", "Obviously not. Although it"),
    ("the talks .However it", "the talks. However it"),
    ("he said.“We agree", "he said. \"We agree"),
    ("China ’s plan", "China's plan"),
    ("North Korea’ s ties", "North Korea's ties"),
    ("they don ’t agree", "they don't agree"),
    ("a word , then a stop .", "a word, then a stop."),
    ("the“ best priority ”in Russia", "the \"best priority\" in Russia"),
    ("“Yes,” she said ‘no’", "\"Yes,\" she said 'no'"),
    ("two\u00a0words\tand   more", "two words and more"),
    ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ("non\u2011breaking", "non-breaking"),
    ("Mr.Smith arrived", "Mr. Smith arrived"),
    ("the U.S.Army left", "the U.S. Army left"),
    ("in 2023.The year", "in 2023. The year"),
    ("a Ph.D.The thesis", "a Ph.D. The thesis"),
    ("(AFP).The talks", "(AFP). The talks"),
])
def test_repairs(raw: str, fixed: str) -> None:
    assert normalize(raw).text == fixed
    _check_offsets(raw)


@pytest.mark.parametrize("text", [
    "see http://x.com/a.B now",
    "see https://news.example.org/World.Asia?q=1 now",
    "see www.example.org/A.B now",
    "see x.com/path.Now here",
    "write to j.Doe@example.com today",
    "it grew 3.5 percent to 1,000 units at 10:30 on 12/09/2023",
    "the U.S. and the U.N. met",
    "the U.S.",
    "J.R.R. Tolkien and e.g. this",
    "she has a Ph.D. in law",
    "Dr. Kim and St. Petersburg",
    "a real dash - between words",
    "temperatures fell to -5 degrees",
    "the COVID -19 pandemic",
    "pre- and post-war",
    "one em—dash and 2022–2025",
    "lines\n\nstay\r\nas they are\n",
    "the .com era and version .5",
    "40°26′46″N",
])
def test_protected(text: str) -> None:
    assert normalize(text).text == text


def test_unchanged_text_has_identity_map() -> None:
    n = normalize("Nothing to repair here.")
    assert n.text == n.original
    assert all(n.to_original(i) == i for i in range(len(n.text) + 1))
    assert n.span_to_original(8, 14) == (8, 14)


def test_span_maps_back_to_original() -> None:
    raw = "Kim Jong -un met Putin.Later"
    n = normalize(raw)
    assert n.text == "Kim Jong-un met Putin. Later"
    start = n.text.index("Jong-un")
    s, e = n.span_to_original(start, start + len("Jong-un"))
    assert raw[s:e] == "Jong -un"
    s, e = n.span_to_original(n.text.index("Later"), len(n.text))
    assert raw[s:e] == "Later"


def test_span_over_inserted_space_covers_neighbours() -> None:
    raw = "talks.However"
    n = normalize(raw)
    space = n.text.index(" ")
    assert n.inserted(space)
    assert n.to_original(space) == raw.index("H")
    assert n.span_to_original(space, space + 1) == (6, 6)
    assert n.span_to_original(space - 1, space + 2) == (5, 7)


def test_bad_offsets_raise() -> None:
    n = normalize("abc")
    with pytest.raises(IndexError):
        n.to_original(4)
    with pytest.raises(ValueError):
        n.span_to_original(2, 1)


def test_empty_and_only_removed() -> None:
    assert normalize("").text == ""
    n = normalize("\u200b\u200b")
    assert n.text == ""
    assert n.to_original(0) == 2


def test_offsets_on_dense_artifacts() -> None:
    _check_offsets("Kim Jong -un.Putin , said “ yes ” .China ’s  U.S.Army\u00a0-scale x.com/a.B 3.5.The end")


_ALPHABET = [*"aZ .,?-'\"“”‘’\u00a0\u200b\n3", "U.S.", "http://x.co/a.B", " -", "s", "T"]


def test_random_strings_keep_offsets() -> None:
    rng = random.Random(20230913)
    for _ in range(600):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 30)))
        _check_offsets(text)
        n = normalize(text)
        for _ in range(5):
            a = rng.randint(0, len(n.text))
            b = rng.randint(a, len(n.text))
            s, e = n.span_to_original(a, b)
            assert 0 <= s <= e <= len(text)


def test_start_filter_finds_what_every_rule_finds() -> None:
    """The quick filter of match starts drops no match: same matches as the bare alternatives."""
    bare = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _RULES))
    rng = random.Random(7)
    alphabet = [*_ALPHABET, *"hfw9_@/:;!()\t\u2010\u00ad\u3000", "Mr.Smith", "a@b.org", "x.com/p", "3.5", "Jong -un",
                "talks .However", "1,000", "w.x.org/A"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        found = [(m.span(), m.lastgroup) for m in _pattern().finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in bare.finditer(text)], text


def test_normalize_is_idempotent_on_repairs() -> None:
    raw = "Kim Jong -un.Putin said “ yes ” , China ’s talks.However"
    once = normalize(raw).text
    assert normalize(once).text == once
