"""The extractors: one module each, plain functions from a DocContext to sitrep's dataclasses."""
