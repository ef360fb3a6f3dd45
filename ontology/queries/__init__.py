"""Shipped SPARQL queries."""
