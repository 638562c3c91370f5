//! Which locale to show: the request (flag or environment) matched to what exists.

use std::fmt;

pub const DEFAULT_LOCALE: &str = "en-US";
pub const SHIPPED_LOCALES: [&str; 2] = ["en-US", "zh-CN"];

/// A locale tag text is shown in (`en-US`, `zh-CN`): what a catalog, a screen or a save
/// is in. Reads as the tag (`&str`), and is written as it in files.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Locale(String);

impl Locale {
    pub fn new(tag: impl Into<String>) -> Locale {
        Locale(tag.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_default(&self) -> bool {
        self.0 == DEFAULT_LOCALE
    }
}

impl Default for Locale {
    fn default() -> Self {
        Locale::new(DEFAULT_LOCALE)
    }
}

impl std::ops::Deref for Locale {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Locale {
    fn from(tag: &str) -> Self {
        Locale::new(tag)
    }
}

impl From<String> for Locale {
    fn from(tag: String) -> Self {
        Locale(tag)
    }
}

impl From<Locale> for String {
    fn from(l: Locale) -> Self {
        l.0
    }
}

impl PartialEq<str> for Locale {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Locale {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// Match a requested tag (`zh_CN.UTF-8`, `zh-cn`, `zh`) to one of `available`, else en-US.
pub fn negotiate(requested: &str, available: &[&str]) -> Locale {
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    if let Some(a) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag)) {
        return Locale::new(*a);
    }
    let lang = tag.split('-').next().unwrap_or("");
    if !lang.is_empty()
        && let Some(a) = available.iter().find(|a| {
            a.split('-')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(lang))
        })
    {
        return Locale::new(*a);
    }
    Locale::default()
}

/// The locale from LC_ALL, then LC_MESSAGES, then LANG (POSIX order), negotiated.
pub fn from_env(available: &[&str]) -> Locale {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
            && v != "C"
            && v != "POSIX"
        {
            return negotiate(&v, available);
        }
    }
    Locale::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_posix_and_bcp47_tags() {
        let av = SHIPPED_LOCALES;
        assert_eq!(negotiate("zh_CN.UTF-8", &av), "zh-CN");
        assert_eq!(negotiate("zh-TW", &av), "zh-CN");
        assert_eq!(negotiate("en_GB", &av), "en-US");
        assert_eq!(negotiate("fr_FR", &av), "en-US");
        assert_eq!(negotiate("", &av), "en-US");
    }
}
