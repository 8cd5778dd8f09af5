"""Scorers against the seed gold and the public dev sets."""
