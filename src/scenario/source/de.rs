//! The authoring model read straight from the span tree lint builds anyway, so a scenario
//! is parsed once, not twice (for its spans, then by ron). Only a tree scanned strictly
//! (every separator where RON wants one, nothing after the value) is read this way, and
//! only plain forms: any other text, and any error, goes to ron, whose messages and
//! positions stay the ones authors see.

use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};

use super::{Shape, SourceMap, Spanned};

/// Why the tree was not read: the caller asks ron instead.
#[derive(Debug)]
pub struct Unread(String);

impl fmt::Display for Unread {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unread {}

impl de::Error for Unread {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unread(msg.to_string())
    }
}

type Result<T> = std::result::Result<T, Unread>;

fn unread<T>(what: &str) -> Result<T> {
    Err(Unread(what.to_string()))
}

/// The value of a strictly scanned file, or None (ask ron).
pub fn read<T: DeserializeOwned>(map: &SourceMap) -> Option<T> {
    if !map.strict {
        return None;
    }
    let root = map.root.as_ref()?;
    T::deserialize(Value {
        text: &map.text,
        v: root,
        unnamed: false,
    })
    .ok()
}

#[derive(Clone, Copy)]
struct Value<'t> {
    text: &'t str,
    v: &'t Spanned,
    /// The name before `(` was an enum variant's, already read: not the struct's own.
    unnamed: bool,
}

impl<'t> Value<'t> {
    fn at(&self, v: &'t Spanned) -> Value<'t> {
        Value {
            text: self.text,
            v,
            unnamed: false,
        }
    }

    fn raw(&self) -> &'t str {
        self.text
            .get(self.v.span.start..self.v.span.end)
            .unwrap_or("")
    }

    /// The identifier written before `(`, if any.
    fn name(&self) -> Option<&'t str> {
        if self.unnamed || matches!(self.v.shape, Shape::Atom(_)) {
            return None;
        }
        let raw = self.raw();
        let raw = raw.strip_prefix("r#").unwrap_or(raw);
        let end = raw
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(raw.len());
        (end > 0).then(|| &raw[..end])
    }

    fn string(&self) -> Result<String> {
        let Shape::Atom(Some((a, b))) = self.v.shape else {
            return unread("not a string");
        };
        let inner = self.text.get(a..b).unwrap_or("");
        if self.raw().starts_with('"') {
            unescape(inner).ok_or_else(|| Unread("an escape ron reads".into()))
        } else {
            Ok(inner.to_string())
        }
    }
}

/// The escapes every RON reader agrees on; anything else is left to ron.
fn unescape(s: &str) -> Option<String> {
    if !s.contains('\\') {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '0' => '\0',
            '\\' => '\\',
            '"' => '"',
            _ => return None,
        });
    }
    Some(out)
}

impl<'de, 't> de::Deserializer<'de> for Value<'t> {
    type Error = Unread;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match &self.v.shape {
            Shape::Struct(fields) => visitor.visit_map(Fields {
                text: self.text,
                rest: fields.iter(),
                value: None,
            }),
            Shape::List(items) | Shape::Tuple(items) => visitor.visit_seq(Items {
                of: self,
                rest: items.iter(),
            }),
            Shape::Map(entries) => visitor.visit_map(Entries {
                of: self,
                rest: entries.iter(),
                value: None,
            }),
            Shape::Atom(Some(_)) => visitor.visit_string(self.string()?),
            Shape::Atom(None) => match self.raw() {
                "true" => visitor.visit_bool(true),
                "false" => visitor.visit_bool(false),
                n if is_integer(n) => match n.parse::<i64>() {
                    Ok(i) => visitor.visit_i64(i),
                    Err(_) => match n.parse::<u64>() {
                        Ok(u) => visitor.visit_u64(u),
                        Err(_) => unread("a number out of range"),
                    },
                },
                // a price such as 12.50: read as ron does (f64), so both agree to the bit
                n if is_decimal(n) => match n.parse::<f64>() {
                    Ok(f) if f.is_finite() => visitor.visit_f64(f),
                    _ => unread("a number out of range"),
                },
                _ => unread("an atom ron reads"),
            },
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match (&self.v.shape, self.name()) {
            (Shape::Atom(None), _) if self.raw() == "None" => visitor.visit_none(),
            (Shape::Tuple(items), Some("Some")) if items.len() == 1 => {
                visitor.visit_some(self.at(&items[0]))
            }
            // implicit `Some`
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        match (&self.v.shape, self.name()) {
            (Shape::Struct(_), None) => self.deserialize_any(visitor),
            (Shape::Struct(_), Some(n)) if n == name => self.deserialize_any(visitor),
            _ => unread("not this struct"),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_enum(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match &self.v.shape {
            Shape::List(_) => self.deserialize_any(visitor),
            _ => unread("not a list"),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match &self.v.shape {
            Shape::Map(_) => self.deserialize_any(visitor),
            _ => unread("not a map"),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_string(self.string()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_string(self.string()?)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char bytes byte_buf unit
        unit_struct tuple tuple_struct identifier
    }
}

fn is_integer(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `12.50`, `-0.3`: digits either side of one point, nothing else (exponents go to ron).
fn is_decimal(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    digits.split_once('.').is_some_and(|(whole, frac)| {
        is_integer(whole) && is_integer(frac) && !frac.starts_with('-')
    })
}

impl<'de, 't> EnumAccess<'de> for Value<'t> {
    type Error = Unread;
    type Variant = Value<'t>;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Value<'t>)> {
        let name = match self.v.shape {
            Shape::Atom(None) => self.raw(),
            _ => self
                .name()
                .ok_or_else(|| Unread("no variant name".into()))?,
        };
        let name: de::value::StrDeserializer<Unread> = name.into_deserializer();
        let v = seed.deserialize(name)?;
        Ok((
            v,
            Value {
                unnamed: true,
                ..self
            },
        ))
    }
}

impl<'de, 't> VariantAccess<'de> for Value<'t> {
    type Error = Unread;

    fn unit_variant(self) -> Result<()> {
        match self.v.shape {
            Shape::Atom(None) => Ok(()),
            _ => unread("not a unit variant"),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value> {
        match &self.v.shape {
            Shape::Tuple(items) if items.len() == 1 => seed.deserialize(self.at(&items[0])),
            // `Decision(id: ...)`: the variant's struct written inside the variant's own
            // parentheses (ron's unwrap_variant_newtypes)
            Shape::Struct(_) => seed.deserialize(self),
            _ => unread("not a newtype variant"),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        match &self.v.shape {
            Shape::Tuple(_) => de::Deserializer::deserialize_any(self, visitor),
            _ => unread("not a tuple variant"),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        match &self.v.shape {
            Shape::Struct(_) => de::Deserializer::deserialize_any(self, visitor),
            _ => unread("not a struct variant"),
        }
    }
}

struct Fields<'t> {
    text: &'t str,
    rest: std::slice::Iter<'t, (super::Range, Spanned)>,
    value: Option<&'t Spanned>,
}

impl<'de, 't> MapAccess<'de> for Fields<'t> {
    type Error = Unread;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let Some(((a, b), v)) = self.rest.next() else {
            return Ok(None);
        };
        self.value = Some(v);
        let name = self.text.get(*a..*b).unwrap_or("");
        let name = name.strip_prefix("r#").unwrap_or(name);
        let name: de::value::StrDeserializer<Unread> = name.into_deserializer();
        seed.deserialize(name).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value> {
        let v = self.value.take().ok_or_else(|| Unread("no value".into()))?;
        seed.deserialize(Value {
            text: self.text,
            v,
            unnamed: false,
        })
    }
}

struct Entries<'t> {
    of: Value<'t>,
    rest: std::slice::Iter<'t, (Spanned, Spanned)>,
    value: Option<&'t Spanned>,
}

impl<'de, 't> MapAccess<'de> for Entries<'t> {
    type Error = Unread;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        let Some((k, v)) = self.rest.next() else {
            return Ok(None);
        };
        self.value = Some(v);
        seed.deserialize(self.of.at(k)).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value> {
        let v = self.value.take().ok_or_else(|| Unread("no value".into()))?;
        seed.deserialize(self.of.at(v))
    }
}

struct Items<'t> {
    of: Value<'t>,
    rest: std::slice::Iter<'t, Spanned>,
}

impl<'de, 't> SeqAccess<'de> for Items<'t> {
    type Error = Unread;

    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>> {
        match self.rest.next() {
            Some(v) => seed.deserialize(self.of.at(v)).map(Some),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::load::{SourceFile, parse_scenario};
    use crate::scenario::model::ScenarioFile;

    /// What the tree reads, ron reads the same; what ron refuses, the tree refuses. With
    /// `must_read`, the tree reads all that ron reads (the fast path is taken).
    fn agrees_with(name: &str, text: &str, must_read: bool) {
        let src = SourceFile {
            path: name.into(),
            text: text.into(),
        };
        let fast: Option<ScenarioFile> = read(&SourceMap::new(text));
        match parse_scenario(&src) {
            Ok(f) => match fast {
                Some(fast) => assert_eq!(format!("{fast:?}"), format!("{f:?}"), "{name}"),
                None => assert!(!must_read, "{name}: ron reads it, the tree does not"),
            },
            Err(d) => assert!(
                fast.is_none(),
                "{name}: ron refuses it ({d:?}), the tree reads it"
            ),
        }
    }

    fn agrees(name: &str, text: &str) {
        agrees_with(name, text, true);
    }

    fn ron_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                ron_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "ron") {
                out.push(p);
            }
        }
    }

    #[test]
    fn reads_every_shipped_and_fixture_scenario_as_ron_does() {
        let lib = crate::scenario::library::Library::shipped();
        for (f, _) in lib.list() {
            agrees(&f.ron.path, &f.ron.text);
        }
        let mut files = Vec::new();
        ron_files(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
            &mut files,
        );
        assert!(files.len() > 20);
        for p in files {
            if p.to_string_lossy().contains("assessments") {
                continue;
            }
            agrees(
                &p.display().to_string(),
                &std::fs::read_to_string(&p).unwrap(),
            );
        }
    }

    #[test]
    fn leaves_what_it_does_not_read_plainly_to_ron() {
        let base = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/base/scenarios/mini.ron"),
        )
        .unwrap();
        let edits = [
            ("pass_mark: 50,", "pass_mark: 50"),
            ("pass_mark: 50,", "pass_mark: 50 minutes: 5,"),
            ("Scenario(", "Scenari("),
            ("Scenario(", "Scenario ("),
            ("Scenario(", "#![enable(implicit_some)]\nScenario("),
            ("\"choose-text\"", "\"choose\\u{2d}text\""),
            ("\"choose-text\"", "\"choose\\ntext\""),
            ("\"choose-text\"", "r#\"choose-text\"#"),
            ("pass_mark: 50,", "pass_mark: -50,"),
            ("pass_mark: 50,", "pass_mark: 5_0,"),
            ("pass_mark: 50,", "pass_mark: 0x32,"),
            ("pass_mark: 50,", "pass_mark: 99999999999999999999999,"),
            ("minutes: 5,", "minutes: Some(5),"),
            (
                "condition: \"cash >= 500\"",
                "condition: Some(\"cash >= 500\")",
            ),
            ("condition: \"cash >= 500\"", "condition: None"),
            ("difficulty: Beginner", "difficulty: Beginner()"),
            ("difficulty: Beginner", "difficulty: \"Beginner\""),
            ("(id: \"amount\"", "(id: 'a'"),
            ("visible: true", "visible: True"),
            (
                "{\"compliance\": (weight: 1, max: 4)}",
                "{\"compliance\": (weight: 1, max: 4),}",
            ),
            (
                "{\"compliance\": (weight: 1, max: 4)}",
                "{\"compliance\" (weight: 1, max: 4)}",
            ),
        ];
        for (a, b) in edits {
            assert!(base.contains(a), "{a}");
            agrees_with(&format!("{a} -> {b}"), &base.replacen(a, b, 1), false);
        }
        agrees_with("trailing", &format!("{base} x"), false);
        agrees_with("empty", "", false);
        agrees_with("cut", &base[..base.len() / 2], false);
        agrees_with(
            "escapes",
            &base.replacen("\"choose-text\"", "\"a\\\"b\\\\c\\td\"", 1),
            true,
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
        /// One character removed or put in anywhere: the tree never reads what ron refuses,
        /// nor reads it differently.
        #[test]
        fn never_disagrees_with_ron_on_a_mangled_file(
            at in 0usize..1500,
            del in proptest::bool::ANY,
            ch in proptest::sample::select(vec![',', ':', '(', ')', '[', ']', '{', '}', '"', ' ', 'a', '1', '-', '\\', '#', '/']),
        ) {
            let base = std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/fixtures/base/scenarios/mini.ron"),
            )
            .unwrap();
            let mut chars: Vec<char> = base.chars().collect();
            let at = at % chars.len();
            if del {
                chars.remove(at);
            } else {
                chars.insert(at, ch);
            }
            let text: String = chars.into_iter().collect();
            agrees_with("mangled", &text, false);
        }
    }
}
