"""summariser (package init restored once all modules exist)."""
