"""Places: the gazetteer, and (later) where events happened."""
