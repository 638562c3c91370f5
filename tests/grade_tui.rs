//! The examiner's screen: snapshots of the list and the marking screen at 80x24 in en-US and
//! zh-CN (the candidate hidden until saved), and `update` as a pure function.

use std::path::Path;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tradesim::engine::Attempt;
use tradesim::record::grading::answers::answer_at;
use tradesim::record::grading::{AnswerId, How};
use tradesim::scenario::compile::compile;
use tradesim::scenario::library::Library;
use tradesim::tui::grade::{
    Cmd, Desk, Entry, Msg, Pending, Screen, desk as new_desk, key, shown_in, update, view,
};

const REPLIES: &[(&str, &str)] = &[
    (
        "c1",
        "Dear Anna,\nthank you for your enquiry. Our price is USD 12,500 FOB Ningbo, valid for 30 days.\nBest regards,\nLi Wei",
    ),
    ("c2", "Hello. Price is USD 12,500 FOB Shanghai. Bye."),
    (
        "c3",
        "Dear Anna, we can offer the 500 sets at twelve thousand five hundred US dollars, free on board Ningbo. Kind regards, Li Wei",
    ),
];

fn desk(locale: &str, adjudicate: bool) -> Desk {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/grade/scenarios");
    let lib = Library::with_folders(&[dir]).unwrap();
    let files = lib.get("letter").unwrap();
    let s = compile(&files.ron).0.unwrap();
    let entries = REPLIES
        .iter()
        .enumerate()
        .map(|(i, (c, text))| {
            let (a, _) = Attempt::new(&s, 1);
            let id = AnswerId {
                record: format!("{i:064}"),
                candidate: (*c).into(),
                part: 0,
                node: String::new(),
                line: 2,
            };
            let answer = answer_at(&s, &a.state, text, id, "letter").unwrap();
            Entry {
                shown: shown_in(&answer, files, locale).unwrap(),
                // the third is already marked by this examiner: the only one named
                saved: i == 2,
                first_marks: Default::default(),
                answer,
            }
        })
        .collect();
    new_desk("e1", adjudicate, entries, locale).unwrap()
}

fn screen(d: &Desk) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view(d, f)).unwrap();
    t.backend().to_string()
}

fn marking(locale: &str) -> Desk {
    let mut d = desk(locale, false);
    update(&mut d, Msg::Down);
    update(&mut d, Msg::OpenSelected);
    update(&mut d, Msg::Confirm(0));
    update(
        &mut d,
        Msg::Override {
            item: 1,
            mark: 1,
            reason: "FOB Shanghai is a typo".into(),
        },
    );
    update(&mut d, Msg::Level(2, 1));
    update(&mut d, Msg::Down);
    d
}

#[test]
fn snapshots_hide_the_candidate_until_saved() {
    for locale in ["en-US", "zh-CN"] {
        let d = desk(locale, false);
        let list = screen(&d);
        assert!(!list.contains("c1") && !list.contains("c2"), "{list}");
        assert!(list.contains("c3"), "{list}");
        insta::assert_snapshot!(format!("grade_list_80x24_{locale}"), list);
        let d = marking(locale);
        let m = screen(&d);
        assert!(!m.contains("c2"), "{m}");
        insta::assert_snapshot!(format!("grade_marking_80x24_{locale}"), m);
    }
}

#[test]
fn the_list_moves_and_opens_within_bounds() {
    let mut d = desk("en-US", false);
    update(&mut d, Msg::Up);
    assert_eq!(d.cursor, 0);
    for _ in 0..5 {
        update(&mut d, Msg::Down);
    }
    assert_eq!(d.cursor, 2);
    update(&mut d, Msg::Open(7));
    assert_eq!(d.screen, Screen::List);
    assert_eq!(
        d.refused.as_deref(),
        Some("there is no answer 8 (the list has 3)")
    );
    update(&mut d, Msg::Open(1));
    let m = d.marking().unwrap();
    assert_eq!((m.entry, m.cursor, m.marks.len()), (1, 0, 4));
    update(&mut d, Msg::Back);
    assert_eq!(d.screen, Screen::List);
}

#[test]
fn marks_are_checked_against_the_item() {
    let mut d = desk("en-US", false);
    update(&mut d, Msg::Open(1));
    // c2: price met (auto 1), incoterm not met (auto 0); tone 0..=2, structure 0..=1
    for (msg, refused) in [
        (
            Msg::Level(0, 1),
            "item `price` is automatic: confirm or override it",
        ),
        (
            Msg::Confirm(2),
            "item `tone` is an examiner item: give it a level",
        ),
        (Msg::Level(2, 3), "item `tone` takes a level from 0 to 2"),
        (
            Msg::Override {
                item: 0,
                mark: 1,
                reason: "x".into(),
            },
            "item `price`: the automatic result is already 1; confirm it instead",
        ),
        (
            Msg::Override {
                item: 1,
                mark: 1,
                reason: " ".into(),
            },
            "item `incoterm`: an override needs a reason",
        ),
    ] {
        assert!(update(&mut d, msg.clone()).is_empty());
        assert_eq!(d.refused.as_deref(), Some(refused), "{msg:?}");
    }
    assert!(d.marking().unwrap().marks.iter().all(Option::is_none));
}

#[test]
fn save_needs_every_item_then_reveals_the_candidate() {
    let mut d = desk("en-US", false);
    update(&mut d, Msg::Open(1));
    update(&mut d, Msg::Level(2, 2));
    assert!(update(&mut d, Msg::Save).is_empty());
    assert_eq!(
        d.refused.as_deref(),
        Some("not saved: item(s) not marked yet: price, incoterm, structure")
    );
    update(&mut d, Msg::Confirm(0));
    // the override by keys: `o`, a reason typed, Enter; the mark flips the machine's 0
    update(&mut d, Msg::Down);
    let k = |c| crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c));
    let msg = key(&d, &k('o')).unwrap();
    assert_eq!(msg, Msg::BeginOverride);
    update(&mut d, msg);
    for c in "typo".chars() {
        let msg = key(&d, &k(c)).unwrap();
        assert_eq!(msg, Msg::Type(c));
        update(&mut d, msg);
    }
    update(&mut d, Msg::EndReason);
    assert_eq!(
        d.marking().unwrap().marks[1],
        Some(Pending::Override {
            mark: 1,
            reason: "typo".into()
        })
    );
    update(&mut d, Msg::Down);
    update(&mut d, Msg::Down);
    let msg = key(&d, &k('1')).unwrap();
    assert_eq!(msg, Msg::Level(3, 1));
    update(&mut d, msg);
    let cmds = update(&mut d, Msg::Save);
    let [Cmd::Save { entry: 1, marks }] = cmds.as_slice() else {
        panic!("{cmds:?}")
    };
    let got: Vec<(&str, u32, How)> = marks
        .iter()
        .map(|(i, m)| (i.as_str(), m.mark, m.how))
        .collect();
    assert_eq!(
        got,
        [
            ("price", 1, How::Confirm),
            ("incoterm", 1, How::Override),
            ("tone", 2, How::Level),
            ("structure", 1, How::Level)
        ]
    );
    assert!(!d.entries[1].saved);
    update(&mut d, Msg::Saved(Ok(())));
    assert!(d.entries[1].saved);
    assert_eq!(d.screen, Screen::List);
    // on to the next answer not yet marked (the third is saved already): the first
    assert_eq!(d.cursor, 0);
    assert!(screen(&d).contains("c2"));
}

#[test]
fn a_failed_save_keeps_the_marks_on_screen() {
    let mut d = desk("en-US", false);
    update(&mut d, Msg::Open(0));
    for (i, m) in [
        (0, Msg::Confirm(0)),
        (1, Msg::Confirm(1)),
        (2, Msg::Level(2, 2)),
        (3, Msg::Level(3, 1)),
    ] {
        let _ = i;
        update(&mut d, m);
    }
    assert_eq!(update(&mut d, Msg::Save).len(), 1);
    update(&mut d, Msg::Saved(Err("disk full".into())));
    assert_eq!(d.refused.as_deref(), Some("disk full"));
    assert!(!d.entries[0].saved);
    assert!(d.marking().unwrap().marks.iter().all(Option::is_some));
}

#[test]
fn the_answer_scrolls_within_its_text() {
    let mut d = desk("en-US", false);
    update(&mut d, Msg::Resize(40, 24));
    update(&mut d, Msg::Open(0));
    let k = |c| crossterm::event::KeyEvent::from(c);
    let msg = key(&d, &k(crossterm::event::KeyCode::PageDown)).unwrap();
    assert_eq!(msg, Msg::Scroll(5));
    for _ in 0..10 {
        update(&mut d, Msg::Scroll(5));
    }
    // c1's reply wraps to 6 lines at 38 columns ("Dear Anna," / "thank you for your enquiry.
    // Our price" / "is USD 12,500 FOB Ningbo, valid for 30" / "days." / "Best regards," /
    // "Li Wei"): scrolling stops with the last one at the top
    assert_eq!(d.marking().unwrap().scroll, 5);
    update(&mut d, Msg::Scroll(-50));
    assert_eq!(d.marking().unwrap().scroll, 0);
}

#[test]
fn leaving_with_unsaved_marks_asks_once() {
    let mut d = desk("en-US", false);
    update(&mut d, Msg::Open(0));
    update(&mut d, Msg::Back);
    assert_eq!(d.screen, Screen::List, "nothing marked: Esc leaves at once");
    update(&mut d, Msg::Open(0));
    update(&mut d, Msg::Level(2, 1));
    update(&mut d, Msg::Back);
    assert!(d.marking().is_some());
    assert!(d.notice.as_deref().unwrap().contains("not saved"));
    // anything else in between asks again
    update(&mut d, Msg::Down);
    update(&mut d, Msg::Back);
    assert!(d.marking().is_some());
    update(&mut d, Msg::Back);
    assert_eq!(d.screen, Screen::List);
    assert!(!d.entries[0].saved);
}

#[test]
fn what_the_selected_item_found_is_underlined_in_the_answer() {
    let mut d = desk("en-US", false);
    update(&mut d, Msg::Open(0));
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view(&d, f)).unwrap();
    let buf = t.backend().buffer().clone();
    // c1's answer: "Our price is USD 12,500 FOB Ningbo" on its second line; the price item
    // (selected) found the amount
    let row = (0..24u16)
        .find(|y| {
            (0..80u16)
                .map(|x| buf[(x, *y)].symbol().to_string())
                .collect::<String>()
                .contains("Our price is USD 12,500")
        })
        .expect("the answer's second line");
    let line: String = (0..80u16)
        .map(|x| buf[(x, row)].symbol().to_string())
        .collect();
    // columns, not bytes: the border is a multi-byte character
    let col = |s: &str| line[..line.find(s).unwrap()].chars().count() as u16;
    let underlined = |x: u16| {
        buf[(x, row)]
            .modifier
            .contains(ratatui::style::Modifier::UNDERLINED)
    };
    // the checker's span for the money value is its figure
    assert!((0..6).all(|i| underlined(col("12,500") + i)), "{line}");
    assert!(!underlined(col("price")) && !underlined(col("FOB")) && !underlined(col("USD")));
}
