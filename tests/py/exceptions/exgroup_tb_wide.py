# More than 15 sub-exceptions: the rest are summed up.
raise ExceptionGroup('many', [ValueError(i) for i in range(17)])
