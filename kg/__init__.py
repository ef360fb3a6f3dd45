"""kg: build a knowledge graph of business news."""

__version__ = "0.1.0"
