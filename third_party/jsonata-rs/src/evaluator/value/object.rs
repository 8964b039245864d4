//! Objects that keep their keys in insertion order, as JavaScript's objects (and so
//! JSONata 2.0) do. Vendoring patch: upstream kept objects in a hash map seeded at random,
//! so `$keys`, `$string`, `$each` and every output listed keys in a different order on
//! each run.

use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};

use bumpalo::collections::String as BumpString;
use bumpalo::collections::Vec as BumpVec;
use bumpalo::Bump;
use hashbrown::HashTable;

use super::Value;

type Entry<'a> = (BumpString<'a>, &'a Value<'a>);

/// Entries in insertion order, with a hash index (a fixed hasher: runs are reproducible).
pub struct ObjectMap<'a> {
    entries: BumpVec<'a, Entry<'a>>,
    index: HashTable<usize, &'a Bump>,
}

fn hash(key: &str) -> u64 {
    BuildHasherDefault::<DefaultHasher>::default().hash_one(key)
}

impl<'a> ObjectMap<'a> {
    pub fn new_in(arena: &'a Bump) -> Self {
        Self::with_capacity_in(0, arena)
    }

    pub fn with_capacity_in(capacity: usize, arena: &'a Bump) -> Self {
        Self {
            entries: BumpVec::with_capacity_in(capacity, arena),
            index: HashTable::with_capacity_in(capacity, arena),
        }
    }

    pub fn allocator(&self) -> &'a Bump {
        self.entries.bump()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, key: &str) -> Option<&&'a Value<'a>> {
        let entries = &self.entries;
        self.index
            .find(hash(key), |&i| entries[i].0 == key)
            .map(|&i| &entries[i].1)
    }

    /// A new key goes last; an existing key keeps its place and takes the new value.
    pub fn insert(&mut self, key: BumpString<'a>, value: &'a Value<'a>) -> Option<&'a Value<'a>> {
        let key_hash = hash(&key);
        let entries = &mut self.entries;
        if let Some(&i) = self.index.find(key_hash, |&i| entries[i].0 == key) {
            return Some(std::mem::replace(&mut entries[i].1, value));
        }
        entries.push((key, value));
        let entries = &self.entries;
        self.index
            .insert_unique(key_hash, entries.len() - 1, |&i| hash(&entries[i].0));
        None
    }

    pub fn remove(&mut self, key: &str) -> Option<&'a Value<'a>> {
        let position = self.entries.iter().position(|(k, _)| k == key)?;
        let (_, value) = self.entries.remove(position);
        self.index.clear();
        let entries = &self.entries;
        for (i, (key, _)) in entries.iter().enumerate() {
            self.index
                .insert_unique(hash(key), i, |&j| hash(&entries[j].0));
        }
        Some(value)
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = (&BumpString<'a>, &&'a Value<'a>)> + '_ {
        self.entries.iter().map(|(k, v)| (k, v))
    }

    pub fn keys(&self) -> impl ExactSizeIterator<Item = &BumpString<'a>> + '_ {
        self.entries.iter().map(|(k, _)| k)
    }

    pub fn extend(&mut self, entries: impl IntoIterator<Item = Entry<'a>>) {
        for (key, value) in entries {
            self.insert(key, value);
        }
    }
}

/// Equal as JSON objects are: the same keys with equal values, in any order.
impl PartialEq for ObjectMap<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .all(|(k, v)| other.get(k).is_some_and(|w| *v == *w))
    }
}

impl std::fmt::Debug for ObjectMap<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}
