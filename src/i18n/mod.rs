//! Text only, never game logic: Fluent catalogs with a fallback chain, numbers and money
//! formatted for people, and the locale negotiation from LC_ALL/LANG.

mod catalog;
mod format;
mod locale;
pub mod messages;

pub use catalog::{Catalog, FtlError, parse_ftl};
pub use format::{
    countdown, format_money, format_money_exact, format_percent, format_rate, group_decimal,
    group_digits,
};
pub use locale::{DEFAULT_LOCALE, Locale, SHIPPED_LOCALES, from_env, negotiate};
