"""xlsx package."""
