#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-1 :
"""Coding cookie on the second line, after a shebang."""
t = "à è ñ"
