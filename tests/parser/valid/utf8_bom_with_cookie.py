# -*- coding: utf-8 -*-
# BOM together with a matching utf-8 cookie.
x = "€"
