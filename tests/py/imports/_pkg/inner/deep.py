from ...x import y
