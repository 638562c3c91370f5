//! Every screen as text at 80x24 and 120x40, in en-US and zh-CN (fixed seed, no clock).

mod tui_support;

use tui_support::*;

#[test]
fn screens_at_both_sizes_in_both_languages() {
    for locale in ["en-US", "zh-CN"] {
        for (name, mut app) in all_screens(locale) {
            for (w, h) in [(80, 24), (120, 40)] {
                let text = screen(&mut app, w, h);
                insta::assert_snapshot!(format!("{name}_{w}x{h}_{locale}"), text);
            }
        }
    }
}
