"""dragoman: coded political events from multilingual news — who did what to whom, when and where."""

__version__ = "0.1.0"
