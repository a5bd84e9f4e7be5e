"""timeline: turn a folder of conflict-news articles into one chronological timeline."""

__version__ = "0.1.0"
