"""Trained combiner models and their model cards, installed as ``misinfo_scorer_models``.

Files here are data, not code: ``*.skops`` archives (loaded with an explicit trust list by
``scorer.model.load_model``) and a Markdown model card beside each.
"""
