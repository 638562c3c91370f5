//! Which locale to show: the request (flag or environment) matched to what exists.

pub const DEFAULT_LOCALE: &str = "en-US";
pub const SHIPPED_LOCALES: [&str; 2] = ["en-US", "zh-CN"];

/// Match a requested tag (`zh_CN.UTF-8`, `zh-cn`, `zh`) to one of `available`, else en-US.
pub fn negotiate(requested: &str, available: &[&str]) -> String {
    let tag = requested
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    if let Some(a) = available.iter().find(|a| a.eq_ignore_ascii_case(&tag)) {
        return a.to_string();
    }
    let lang = tag.split('-').next().unwrap_or("");
    if !lang.is_empty()
        && let Some(a) = available.iter().find(|a| {
            a.split('-')
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case(lang))
        })
    {
        return a.to_string();
    }
    DEFAULT_LOCALE.to_string()
}

/// The locale from LC_ALL, then LC_MESSAGES, then LANG (POSIX order), negotiated.
pub fn from_env(available: &[&str]) -> String {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
            && v != "C"
            && v != "POSIX"
        {
            return negotiate(&v, available);
        }
    }
    DEFAULT_LOCALE.to_string()
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
