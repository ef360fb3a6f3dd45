"""The kg ontology, SHACL shapes and shipped SPARQL queries, as package data."""
