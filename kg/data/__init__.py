"""Vocabulary the extractors read: company names, cue words, patterns (data, not code)."""
