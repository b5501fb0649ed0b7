# async def, await, async for / async with, async comprehensions in coroutines.
import asyncio


async def simple():
    await asyncio.sleep(0)


async def returns():
    return await fetch(url)


async def awaits_in_expressions():
    x = await a + await b
    y = -await c
    z = await d ** 2
    w = (await e)[0]
    v = await f.g.h()
    await (await i)
    return [await j, await k]


async def loops():
    async for item in aiter_items():
        print(item)
    else:
        done()
    async for a, (b, c) in pairs:
        continue


async def contexts():
    async with lock:
        pass
    async with open_a() as a, open_b() as b:
        use(a, b)
    async with (ctx() as c, other()):
        pass


async def comprehensions():
    xs = [x async for x in source()]
    ys = {y: await y async for y in source() if await check(y)}
    zs = {await z for z in items}
    gen = (w async for w in source())
    return [u for v in outer async for u in v]


async def generator():
    yield 1
    async for x in aiter_items():
        yield x


def sync_with_async_genexp():
    return (x async for x in source())


class Service:
    async def method(self):
        async with self.session() as s:
            async for row in s.rows():
                await self.handle(row)
