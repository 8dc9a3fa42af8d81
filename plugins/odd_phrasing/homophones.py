"""Words typed for their homophones where the parse shows which was meant:

- "who's" (who is) before a plural noun and its verb is "whose": "a live cat who's legs were zip tied";
- "where" after "they"/"we" and before an -ing form, "about to" or "going" is "were": "what they where
  about to see";
- "whose" before an article, "not", "been", "going", "got", "never" or "always" is "who's": "Jerry Ford
  Jr. whose a new graduate" (both such uses in ../shared/data's credible articles are slips).

None of these readings can stand: "who is legs were", "they where going" and "whose a graduate" have no
grammatical parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text, tokens_where
from .token_findings import span_finding

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_whose(doc: Doc) -> list[Finding]:
    """ "who's" + a lower-case plural noun + a finite verb: the possessive "whose" was meant."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"'s", "’s"}), 1, 2):
        who, noun, verb = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i + 2]
        if who.lower_ != "who" or doc_text(doc)[who.idx + len(who) : tok.idx] != "":
            continue
        if noun.tag_ != "NNS" or not noun.is_alpha or not noun.text.islower():
            continue
        if verb.tag_ not in ("VBD", "VBP", "MD") or not verb.text.islower():
            continue
        start, end = who.idx, tok.idx + len(tok)
        findings.append(
            Finding(
                start=start,
                end=end,
                message=f"'{doc_text(doc)[start:end]}' (who is) before '{noun.text}': the possessive 'whose'",
                severity=0.5,
                check="confusable",
            )
        )
    return findings


def find_where_for_were(doc: Doc) -> list[Finding]:
    """ "they where about to see": "where" right after "they"/"we" and before an -ing form, "about to" or
    "going" is "were" ("the place they where born" is a slip too, but an adverb clause may end there)."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"where"}), 1, 2):
        subj, nxt = doc[tok.i - 1], doc[tok.i + 1]
        if subj.lower_ not in ("they", "we") or tok.text != "where":
            continue
        if not (nxt.tag_ == "VBG" or (nxt.lower_ == "about" and doc[tok.i + 2].lower_ == "to")):
            continue
        findings.append(
            Finding(
                start=subj.idx,
                end=tok.idx + len(tok),
                message=f"'{subj.text} where': the verb 'were' is meant",
                severity=0.5,
                check="confusable",
            )
        )
    return findings


#: Words that cannot follow the possessive "whose" but follow "who is" or "who has".
_AFTER_WHOS = frozenset({"a", "an", "the", "not", "been", "going", "got", "never", "always"})


def find_whose_for_whos(doc: Doc) -> list[Finding]:
    """ "whose a new graduate": "whose" before an article or a word that only a verb takes, where "who's"
    (who is, who has) was meant."""
    findings: list[Finding] = []
    for tok in tokens_where(doc, frozenset({"whose"}), 0, 1):
        nxt = doc[tok.i + 1]
        if nxt.text not in _AFTER_WHOS or "\n" in doc_text(doc)[tok.idx : nxt.idx]:
            continue
        if nxt.text == "the" and nxt.head.dep_ in ("nsubj", "nsubjpass"):
            continue  # "the woman whose the car was stolen": a doubled determiner, not "who's"
        findings.append(span_finding(doc, tok, nxt, "'who's' (who is, who has) is meant, not the possessive 'whose'",
                                     "confusable"))  # fmt: skip
    return findings
