"""Files on this PC, below every layer that keeps any: how a damaged one is set aside."""
