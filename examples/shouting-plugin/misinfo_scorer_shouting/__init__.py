"""An example signal plugin for misinfo-scorer: words written in capitals."""

from scorer import Finding, Register, SignalResult, hookimpl


class Shouting:
    name = "shouting"  # unique; becomes the finding's "signal" and the feature prefix
    version = "0.1"

    def compute(self, article, doc) -> SignalResult:
        # article: the Article (text, title, published, ...); doc: the one shared spaCy Doc
        spans = [t for t in doc if t.is_upper and len(t) > 3]
        words = sum(1 for t in doc if t.is_alpha) or 1
        return SignalResult(
            features={"caps_words": len(spans), "caps_share": len(spans) / words},
            findings=[
                Finding(start=t.idx, end=t.idx + len(t), message=f"'{t.text}' is written in capitals")
                for t in spans
            ],
        )


@hookimpl
def register_signals(register: Register) -> None:
    register(Shouting())
