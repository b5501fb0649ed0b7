//! `_random`: the Mersenne Twister (MT19937) under `random.Random`
//! (`runtime/lib/random.py` holds the distributions, written over these
//! primitives). Seeding, `random()` and `getrandbits` draw the same words
//! as CPython's `_randommodule.c`, so a seeded program sees CPython's
//! numbers.
//!
//! Functions (the generator is the first argument, an `MtObj`):
//! `new()`, `seed(g, a)` (`a`: None for OS entropy, an int (its absolute
//! value), or bytes (version 2 seeding: the bytes followed by their
//! SHA-512, read as a big-endian int)), `random(g)`, `getrandbits(g, k)`,
//! `getstate(g)` (625 ints: the words and the index), `setstate(g, t)`.

use super::*;
use crate::objects::{BytesObj, MtObj, TupleObj, new_mt};
use num_bigint::{BigUint, Sign};

const FUNCTIONS: &[&str] = &[
    "new",
    "seed",
    "random",
    "getrandbits",
    "getstate",
    "setstate",
];

const N: usize = 624;
const M: usize = 397;

pub(super) fn init(interp: &mut Interp, m: u32) -> PyResult<()> {
    bind_functions(interp, m, "_random", FUNCTIONS);
    Ok(())
}

fn init_genrand(mt: &mut [u32; N], s: u32) {
    mt[0] = s;
    for i in 1..N {
        mt[i] = 1812433253u32
            .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
            .wrapping_add(i as u32);
    }
}

fn init_by_array(mt: &mut [u32; N], key: &[u32]) {
    init_genrand(mt, 19650218);
    let (mut i, mut j) = (1usize, 0usize);
    for _ in 0..N.max(key.len()) {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1664525))
            .wrapping_add(key[j])
            .wrapping_add(j as u32);
        i += 1;
        j += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
        if j >= key.len() {
            j = 0;
        }
    }
    for _ in 0..N - 1 {
        let prev = mt[i - 1] ^ (mt[i - 1] >> 30);
        mt[i] = (mt[i] ^ prev.wrapping_mul(1566083941)).wrapping_sub(i as u32);
        i += 1;
        if i >= N {
            mt[0] = mt[N - 1];
            i = 1;
        }
    }
    mt[0] = 0x8000_0000;
}

/// The next tempered 32-bit word.
fn genrand(st: &mut ([u32; N], usize)) -> u32 {
    let (mt, index) = st;
    if *index >= N {
        for kk in 0..N {
            let y = (mt[kk] & 0x8000_0000) | (mt[(kk + 1) % N] & 0x7fff_ffff);
            let mag = if y & 1 == 1 { 0x9908_b0df } else { 0 };
            mt[kk] = mt[(kk + M) % N] ^ (y >> 1) ^ mag;
        }
        *index = 0;
    }
    let mut y = mt[*index];
    *index += 1;
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

fn seed_key(st: &mut ([u32; N], usize), key: &[u32]) {
    let key: Vec<u32> = if key.is_empty() {
        vec![0]
    } else {
        key.to_vec()
    };
    init_by_array(&mut st.0, &key);
    st.1 = N;
}

/// 624 words of OS entropy (the clock and process id if /dev/urandom is
/// unreadable).
fn entropy() -> Vec<u32> {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        buf.chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    } else {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        vec![
            t as u32,
            (t >> 32) as u32,
            (t >> 64) as u32,
            std::process::id(),
        ]
    }
}

fn gen_arg(v: &Value) -> PyResult<&MtObj> {
    v.downcast::<MtObj>()
        .ok_or_else(|| type_error("_random: expected a generator"))
}

pub(super) fn call(
    _interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwnames: &[&str],
) -> PyResult<Value> {
    let want = match name {
        "new" => 0,
        "seed" | "getrandbits" | "setstate" => 2,
        _ => 1,
    };
    exact_args("_random", name, args, kwnames, want)?;
    if name == "new" {
        return Ok(new_mt());
    }
    let g = gen_arg(&args[0])?;
    let mut st = g.state.borrow_mut();
    match name {
        "seed" => {
            let a = &args[1];
            let key: Vec<u32> = if a.is_none() {
                entropy()
            } else if let Some(b) = a.downcast::<BytesObj>() {
                use sha2::{Digest, Sha512};
                let mut all = b.value.clone();
                all.extend_from_slice(&Sha512::digest(&b.value));
                BigUint::from_bytes_be(&all).to_u32_digits()
            } else {
                index_arg(a)?.magnitude().to_u32_digits()
            };
            seed_key(&mut st, &key);
            Ok(Value::none())
        }
        "random" => {
            let a = genrand(&mut st) >> 5;
            let b = genrand(&mut st) >> 6;
            Ok(Value::float(
                (a as f64 * 67108864.0 + b as f64) * (1.0 / 9007199254740992.0),
            ))
        }
        "getrandbits" => {
            let k = index_arg(&args[1])?;
            if k.sign() == Sign::Minus {
                return Err(exc("ValueError", "number of bits must be non-negative"));
            }
            let mut k = k
                .to_u64()
                .filter(|&k| k < (1 << 40))
                .ok_or_else(|| exc("OverflowError", "Python int too large to convert to C int"))?;
            if k == 0 {
                return Ok(Value::int(0));
            }
            if k <= 32 {
                return Ok(Value::int((genrand(&mut st) >> (32 - k)) as i64));
            }
            let mut words = Vec::with_capacity(k.div_ceil(32) as usize);
            while k > 0 {
                let mut r = genrand(&mut st);
                if k < 32 {
                    r >>= 32 - k;
                }
                words.push(r);
                k = k.saturating_sub(32);
            }
            Ok(Value::from_bigint(BigInt::from_biguint(
                Sign::Plus,
                BigUint::new(words),
            )))
        }
        "getstate" => {
            let mut items: Vec<Value> = st.0.iter().map(|&w| Value::int(w as i64)).collect();
            items.push(Value::int(st.1 as i64));
            Ok(new_tuple(items))
        }
        "setstate" => {
            let t = args[1]
                .downcast::<TupleObj>()
                .ok_or_else(|| type_error("state vector must be a tuple"))?;
            if t.items.len() != N + 1 {
                return Err(exc("ValueError", "state vector is the wrong size"));
            }
            let mut words = [0u32; N];
            for (w, v) in words.iter_mut().zip(&t.items) {
                let n = index_arg(v)?;
                *w = n.to_u32().ok_or_else(|| {
                    exc(
                        "OverflowError",
                        "Python int too large to convert to C unsigned long",
                    )
                })?;
            }
            let index = index_arg(&t.items[N])?
                .to_i64()
                .filter(|&i| (0..=N as i64).contains(&i))
                .ok_or_else(|| exc("ValueError", "invalid state"))?;
            *st = (words, index as usize);
            Ok(Value::none())
        }
        _ => Err(unsupported(&format!("the native function _random.{name}"))),
    }
}
