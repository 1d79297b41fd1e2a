"""Sentence alignment between two revisions: anchors, fuzzy matches, moves, splits, merges.

The steps, each about linear in the number of sentences:

1. **Anchors.** Sentences identical after typographic folding are paired by
   hash: first those found once on each side; then repeated sentences, within
   the stretch between two unique anchors kept in order (in order of
   occurrence; identical texts first when the counts differ), and finally
   across the article. Duplicates cost nothing extra.
2. **Order.** The longest increasing subsequence of the anchors (O(n log n)) is
   the run kept in order; it cuts the article into gaps.
3. **Fuzzy, locally.** Within each gap, unmatched sentences are scored against
   each other (rapidfuzz, word-level similarity, with a cutoff) and
   paired best first; distance in position only breaks ties.
4. **Fuzzy, globally.** What is left is scored across the whole article with a
   stricter cutoff, to find sentences that moved and changed. Above
   ``max_cells`` pairs, only a window around each sentence's relative position
   is searched, so the cost stays bounded.
5. **Splits and merges.** A matched pair grows into a split (or merge) when an
   unmatched neighbour's words come from the other side and the joined text
   matches better.
6. **Moves.** The longest increasing subsequence of all one-to-one links is
   kept in order; every other link is a move.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs
from rapidfuzz import process
from rapidfuzz.distance import Indel

from newsdiff._base._caches import bounded
from newsdiff._base._lis import longest_increasing
from newsdiff._base._text import _HYPHEN_RUN, ANY_INVISIBLE, normalise
from newsdiff._compare._words import words_of
from newsdiff._model._changes import DiffOptions

__all__ = ["Link", "align"]

_TYPO_PAIRS = tuple(
    [(ch, '"') for ch in "“”„‟«»″〝〞＂"]
    + [(ch, "'") for ch in "‘’‚‛‹›′´"]
    + [(ch, "-") for ch in "‐‑‒–—―−﹘﹣－"]
)

_SPLIT_GAIN = 0.02


@attrs.frozen(kw_only=True)
class Link:
    """Old sentences (by index) paired with new ones; ``moved`` when out of order."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    moved: bool = False


# Function words carry little evidence that two sentences are the same one;
# leaving them out keeps unrelated sentences from scoring on "the" and "of".
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "our",
        "him",
        "them",
        "who",
        "which",
        "what",
        "when",
        "where",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "also",
        "not",
        "no",
        "than",
        "then",
        "so",
        "if",
        "about",
        "into",
        "over",
        "after",
        "before",
        "said",
        "says",
    ]
)


class _Encoder:
    """Map each distinct word to one code point, so string similarity is word similarity.

    Function words are dropped, unless a sentence has nothing else.
    """

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}

    def encode(self, folded: str) -> str:
        """Code the words of *folded* (text already passed through :func:`fold`)."""
        words = words_of(folded.lower())
        content = [w for w in words if w not in _STOPWORDS] or words
        out = []
        for token in content:
            code = self.codes.get(token)
            if code is None:
                n = len(self.codes)
                # Private-use areas: never surrogates, never real text.
                code = chr(0xE000 + n) if n < 6400 else chr(0xF0000 + n - 6400)
                self.codes[token] = code
            out.append(code)
        return "".join(out)


def fold(text: str) -> str:
    """:func:`newsdiff._base._text.normalise`, with a fast path for plain ASCII text.

    Text already in NFKC form with no invisible characters needs only the
    quotation-mark and dash folds and the whitespace collapse; that is most
    English copy, and Unicode normalisation is the costly part of the rest.

    >>> print(fold("“Don’t”  — go"))
    "Don't" - go
    """
    if not text.isascii():
        if ANY_INVISIBLE.search(text) or not unicodedata.is_normalized("NFKC", text):
            return normalise(text)
        # str.replace runs in C; the translate table normalise uses is a dict
        # looked up per character, several times slower on curly-quoted copy.
        for ch, plain in _TYPO_PAIRS:
            if ch in text:
                text = text.replace(ch, plain)
    text = text.replace("`", "'").replace("''", '"')
    if "--" in text:
        # A typewriter dash, as normalise folds it.
        text = _HYPHEN_RUN.sub("-", text)
    return " ".join(text.split())


# Each capture of an article is compared with the one before and the one
# after, and most of its sentences with themselves: their folds are kept.
folded = bounded(4096)(fold)


class _Codes:
    """Word codes of one side's sentences, computed only when first needed.

    Sentences anchored by exact match are never scored, so most of a lightly
    edited article is never encoded.
    """

    def __init__(self, folded: list[str], encoder: _Encoder) -> None:
        self.folded = folded
        self.encoder = encoder
        self.cache: dict[int, str] = {}

    def __getitem__(self, i: int) -> str:
        code = self.cache.get(i)
        if code is None:
            code = self.cache[i] = self.encoder.encode(self.folded[i])
        return code


class _Aligner:
    def __init__(self, old: Sequence[str], new: Sequence[str], options: DiffOptions) -> None:
        self.old, self.new, self.options = old, new, options
        self.old_folded = [folded(t) for t in old]
        self.new_folded = [folded(t) for t in new]
        encoder = _Encoder()
        self.old_codes = _Codes(self.old_folded, encoder)
        self.new_codes = _Codes(self.new_folded, encoder)
        self.old_to_new: dict[int, int] = {}
        self.new_to_old: dict[int, int] = {}

    def pair(self, o: int, n: int) -> None:
        self.old_to_new[o] = n
        self.new_to_old[n] = o

    def anchor(self) -> None:
        """Pair sentences equal after typographic folding.

        Sentences found once on each side pair first. The longest run of them
        kept in order cuts the article into gaps; repeated sentences then pair
        within their gap, and what is left across the whole article.
        """
        self._pair_groups(range(len(self.old)), range(len(self.new)), unique=True)
        for olds, news in self.gaps():
            self._pair_groups(olds, news, unique=False)
        rest_old = [o for o in range(len(self.old)) if o not in self.old_to_new]
        rest_new = [n for n in range(len(self.new)) if n not in self.new_to_old]
        self._pair_groups(rest_old, rest_new, unique=False)

    def _pair_groups(self, olds: Iterable[int], news: Iterable[int], *, unique: bool) -> None:
        """Pair equal folded texts among *olds* and *news*.

        With *unique*, only texts found once on each side. Otherwise copies pair
        in order of occurrence when both sides have as many, and identical texts
        pair first when they do not.
        """
        old_groups: defaultdict[str, list[int]] = defaultdict(list)
        new_groups: defaultdict[str, list[int]] = defaultdict(list)
        for o in olds:
            old_groups[self.old_folded[o]].append(o)
        for n in news:
            new_groups[self.new_folded[n]].append(n)
        for key, old_group in old_groups.items():
            new_group = new_groups.get(key)
            if not new_group or (unique and (len(old_group) > 1 or len(new_group) > 1)):
                continue
            if len(old_group) == len(new_group):
                for o, n in zip(old_group, new_group, strict=True):
                    self.pair(o, n)
                continue
            by_text: defaultdict[str, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
            for o in old_group:
                by_text[self.old[o]][0].append(o)
            for n in new_group:
                by_text[self.new[n]][1].append(n)
            for same_old, same_new in by_text.values():
                self._pair_copies(same_old, same_new)
            self._pair_copies(
                [o for o in old_group if o not in self.old_to_new],
                [n for n in new_group if n not in self.new_to_old],
            )

    def _pair_copies(self, olds: list[int], news: list[int]) -> None:
        """Pair copies of one text in order, each with the copy nearest in relative position.

        When one side has more copies, each copy of the shorter side takes the
        nearest copy of the longer side still free (keeping order, and leaving
        enough for the copies after it), so an extra copy in the middle is left
        over where it is. One pass over both lists.
        """
        if not olds or not news:
            return
        old_rel = [o / max(len(self.old), 1) for o in olds]
        new_rel = [n / max(len(self.new), 1) for n in news]
        swap = len(olds) < len(news)
        long_ids, long_rel = (news, new_rel) if swap else (olds, old_rel)
        short_ids, short_rel = (olds, old_rel) if swap else (news, new_rel)
        i = 0
        for j, (short, at) in enumerate(zip(short_ids, short_rel, strict=True)):
            last = len(long_ids) - (len(short_ids) - j)
            while i < last and abs(long_rel[i + 1] - at) < abs(long_rel[i] - at):
                i += 1
            if swap:
                self.pair(short, long_ids[i])
            else:
                self.pair(long_ids[i], short)
            i += 1

    def gaps(self) -> list[tuple[list[int], list[int]]]:
        pairs = sorted(self.old_to_new.items())
        kept = [pairs[k] for k in sorted(longest_increasing(pairs))]
        bounds = [(-1, -1), *kept, (len(self.old), len(self.new))]
        out = []
        for (o1, n1), (o2, n2) in itertools.pairwise(bounds):
            olds = [o for o in range(o1 + 1, o2) if o not in self.old_to_new]
            news = [n for n in range(n1 + 1, n2) if n not in self.new_to_old]
            if olds and news:
                out.append((olds, news))
        return out

    def fuzzy(self, olds: list[int], news: list[int], cutoff: float) -> None:
        """Pair *olds* with *news* best first, above *cutoff*, in bounded blocks."""
        if not olds or not news:
            return
        opts = self.options
        candidates: list[tuple[float, float, int, int]] = []
        if len(olds) * len(news) <= opts.max_cells:
            blocks = [(olds, news)]
        else:
            blocks = []
            # Chunks no wider than the window keep each block near max_cells.
            step = max(1, min(opts.window, opts.max_cells // (4 * opts.window)))
            for start in range(0, len(olds), step):
                chunk = olds[start : start + step]
                centre = (start + len(chunk) / 2) / len(olds) * len(news)
                lo = max(0, int(centre - opts.window - len(chunk)))
                blocks.append((chunk, news[lo : int(centre + opts.window + len(chunk))]))
        for block_old, block_new in blocks:
            if not block_new:
                continue
            choices = [self.new_codes[n] for n in block_new]
            for o in block_old:
                query = self.old_codes[o]
                if not query:
                    continue
                # One query against the block, in C++; rapidfuzz's cdist would do the
                # same but needs numpy, which newsdiff does not otherwise depend on.
                for _, score, c in process.extract(
                    query,
                    choices,
                    scorer=Indel.normalized_similarity,
                    # rapidfuzz turns the cutoff into a distance, and the float round
                    # trip can drop a pair scoring exactly the cutoff: ask for a little
                    # less and apply the cutoff here.
                    score_cutoff=cutoff * 0.95,
                    limit=None,
                ):
                    n = block_new[c]
                    if not choices[c] or score + 1e-9 < cutoff:
                        continue
                    drift = abs(o / max(len(self.old), 1) - n / max(len(self.new), 1))
                    candidates.append((float(score), -drift, -o, -n))
        candidates.sort(reverse=True)
        for _, _, neg_o, neg_n in candidates:
            o, n = -neg_o, -neg_n
            if o not in self.old_to_new and n not in self.new_to_old:
                self.pair(o, n)

    def similarity(self, old: Sequence[int], new: Sequence[int]) -> float:
        a = "".join(self.old_codes[o] for o in old)
        b = "".join(self.new_codes[n] for n in new)
        return float(Indel.normalized_similarity(a, b))

    def grow(self) -> list[Link]:
        """Grow one-to-one links into splits and merges; return every link."""
        groups: list[tuple[list[int], list[int]]] = []
        for o, n in sorted(self.old_to_new.items()):
            if self.old[o] == self.new[n]:
                groups.append(([o], [n]))
                continue
            news = self._extend(o, n, split=True)
            olds = self._extend(n, o, split=False) if len(news) == 1 else [o]
            groups.append((sorted(olds), sorted(news)))
        singles = [(g[0][0], g[1][0]) for g in groups if len(g[0]) == 1 and len(g[1]) == 1]
        order = sorted(singles)
        kept = {order[k] for k in longest_increasing(order)}
        return [
            Link(
                old=tuple(olds),
                new=tuple(news),
                moved=len(olds) == len(news) == 1 and (olds[0], news[0]) not in kept,
            )
            for olds, news in groups
        ]

    def _extend(self, base: int, first: int, *, split: bool) -> list[int]:
        """Add free neighbours of *first* on the other side whose words come from *base*."""
        free = self.new_to_old if split else self.old_to_new
        codes = self.new_codes if split else self.old_codes
        limit = len(self.new if split else self.old)
        base_codes = (self.old_codes if split else self.new_codes)[base]
        group = [first]

        def score(parts: list[int]) -> float:
            ordered = sorted(parts)
            return self.similarity([base], ordered) if split else self.similarity(ordered, [base])

        best = score(group)
        grew = True
        while grew:
            grew = False
            for cand in (min(group) - 1, max(group) + 1):
                if not 0 <= cand < limit or cand in free or not codes[cand]:
                    continue
                if _coverage(codes[cand], base_codes) < self.options.part_cutoff:
                    continue
                trial = score([*group, cand])
                if trial > best + _SPLIT_GAIN:
                    group.append(cand)
                    free[cand] = base
                    best, grew = trial, True
                    break
        return group


def _coverage(part: str, whole: str) -> float:
    """Share of *part*'s words (code points) that occur in *whole*, with multiplicity."""
    counts: dict[str, int] = {}
    for ch in whole:
        counts[ch] = counts.get(ch, 0) + 1
    hits = 0
    for ch in part:
        if counts.get(ch, 0) > 0:
            counts[ch] -= 1
            hits += 1
    return hits / len(part) if part else 0.0


def align(old: Sequence[str], new: Sequence[str], options: DiffOptions | None = None) -> list[Link]:
    """Link old sentences to new ones; unlinked sentences were removed or added.

    >>> links = align(
    ...     ["A cat sat.", "Rebels took Hama.", "It rained."],
    ...     ["It rained.", "A cat sat.", "Rebels took the city of Hama."],
    ... )
    >>> [(link.old, link.new, link.moved) for link in links]
    [((0,), (1,), False), ((1,), (2,), False), ((2,), (0,), True)]
    """
    opts = options or DiffOptions()
    aligner = _Aligner(old, new, opts)
    aligner.anchor()
    for olds, news in aligner.gaps():
        aligner.fuzzy(olds, news, opts.match_cutoff)
    rest_old = [o for o in range(len(old)) if o not in aligner.old_to_new]
    rest_new = [n for n in range(len(new)) if n not in aligner.new_to_old]
    aligner.fuzzy(rest_old, rest_new, opts.move_cutoff)
    return aligner.grow()
