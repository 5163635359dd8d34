"""beslut's terminal UI (Textual). Computes nothing itself: every query and every
change goes through archive/, which the app receives in its constructor."""
