# import and from-import in every form.
import os
import os.path
import os.path as osp
import a, b.c, d as e
from os import path
from os import path as p, sep
from os import (path, sep as s,)
from os import (
    path,
    sep,
)
from . import sibling
from .. import parent
from .module import name
from ..package.module import name as alias
from ... import grand
from .... import great
from ....... import deep
from .a.b import *
from __future__ import annotations
from os import *
import a.b.c.d.e
