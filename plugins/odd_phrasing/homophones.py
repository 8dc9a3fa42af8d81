"""Words typed for their homophones where the parse shows which was meant:

- "who's" (who is) before a plural noun and its verb is "whose": "a live cat who's legs were zip tied";
- "where" after "they"/"we" and before an -ing form, "about to" or "going" is "were": "what they where
  about to see".

Neither reading can stand: "who is legs were" and "they where going" have no grammatical parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scorer import Finding

from .doccache import doc_text, tokens_where

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
