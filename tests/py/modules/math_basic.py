import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0, 1, 2, 0.5, 10, 1e10, 2**70]:
    print(x, math.sqrt(x), math.exp(min(x, 700)), math.log(x) if x else None)
print(math.sqrt(-0.0), math.sqrt(math.inf))
for x in [2.5, -2.5, 3, -3, 0.0, -0.0, 1e20, 2**80, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000), math.log(10**400, 10))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2**2000), math.log2(2**1100))
print(math.log1p(1e-10), math.expm1(1e-10))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(5, math.inf))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-5e-320))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1080), math.ldexp(3, 1000))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2))
print(math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(a=1, b=1), math.isclose(-math.inf, math.inf))
