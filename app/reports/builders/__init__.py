"""The standard reports, each built from the register as a document (one module per report)."""
