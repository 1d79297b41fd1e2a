"""Fuzz ``diff``/``apply``/``invert`` on a parsed text and a mutated copy of it.

The input is read as a base article text, then a series of newsroom-like
mutations (insert, delete, replace a span, swap two paragraphs, duplicate a
line) chosen by the fuzzer. Nothing may escape; the diff laws must hold:
``apply(a, diff(a, b)) == b``, ``apply(b, diff(a, b).invert()) == a``, the JSON
round trip is exact, and every renderer works.
"""

from __future__ import annotations

import json

from _harness import instrumented, main

with instrumented():
    import atheris_free_provider as fdp_mod

    from newsdiff import parse_text, render
    from newsdiff._compare._diff import apply, diff
    from newsdiff._compare._difftype import Diff


def mutate(base: str, p: fdp_mod.Provider) -> str:
    """Apply up to eight mutations chosen by the provider to *base*."""
    text = base
    for _ in range(p.int_in(0, 8)):
        op = p.int_in(0, 4)
        i = p.int_in(0, len(text))
        j = p.int_in(i, min(len(text), i + 80))
        if op == 0:
            text = text[:i] + p.text(40) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:i] + p.text(20) + text[j:]
        elif op == 3:
            paras = text.split("\n\n")
            a, b = p.int_in(0, len(paras) - 1), p.int_in(0, len(paras) - 1)
            paras[a], paras[b] = paras[b], paras[a]
            text = "\n\n".join(paras)
        else:
            lines = text.split("\n")
            k = p.int_in(0, len(lines) - 1)
            lines.insert(k, lines[k])
            text = "\n".join(lines)
    return text


def test_one(data: bytes) -> None:
    """Diff the base against its mutation and check the diff laws."""
    p = fdp_mod.Provider(data)
    base = p.text(4000)
    a = parse_text(base)
    b = parse_text(mutate(base, p))
    d = diff(a, b)
    assert apply(a, d).id == b.id, "apply(a, diff(a, b)) is not b"
    assert apply(b, d.invert()).id == a.id, "apply(b, diff(a, b).invert()) is not a"
    assert bool(d) is (a.id != b.id), "bool(diff) disagrees with the ids"
    assert Diff.from_dict(json.loads(json.dumps(d.to_dict()))) == d, "JSON round trip changed it"
    for out in (render.text(d, color=False), render.markdown(d), render.html(d)):
        assert out.endswith("\n")


if __name__ == "__main__":
    main(test_one)
