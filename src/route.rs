//! Hash routes (`#/wb/<id>/inventory/<tech>`): where the user is, as a URL, so
//! the back button and a reload keep their place — also on `file://`, where
//! only the fragment can change without a navigation.
//!
//! Pure: parsing and formatting are tested natively.

use uuid::Uuid;

/// A screen of a workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Overview,
    /// Inventory list, optionally with one technology's detail open.
    Inventory(Option<Uuid>),
    /// Actors and the actor × technology matrix, optionally one actor open.
    Threats(Option<Uuid>),
    /// Ranked scenarios, optionally one scenario open.
    Scenarios(Option<Uuid>),
    Countermeasures(Option<Uuid>),
    Exercises(Option<Uuid>),
    /// People with access and the regulatory flags, optionally one person open.
    People(Option<Uuid>),
    /// Workshop rating sessions, optionally one session open.
    Workshop(Option<Uuid>),
    Settings,
    /// Import and export of the open workbook.
    Exchange,
    /// The printable report (A4).
    Report,
}

/// A screen of a workbook without its selection: what the frame keys on, so
/// a screen stays mounted while only the selected record changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScreenKind {
    Overview,
    Inventory,
    Threats,
    Scenarios,
    Countermeasures,
    Exercises,
    People,
    Workshop,
    Settings,
    Exchange,
    Report,
}

impl ScreenKind {
    /// The screen a step's "next step" link at its end leads to, following
    /// the process: inventory → threats → scenarios → countermeasures →
    /// exercises → report; the overview starts at the inventory.
    pub fn next_step(self) -> Option<ScreenKind> {
        match self {
            ScreenKind::Overview => Some(ScreenKind::Inventory),
            ScreenKind::Inventory => Some(ScreenKind::Threats),
            ScreenKind::Threats => Some(ScreenKind::Scenarios),
            ScreenKind::Scenarios => Some(ScreenKind::Countermeasures),
            ScreenKind::Countermeasures => Some(ScreenKind::Exercises),
            ScreenKind::Exercises => Some(ScreenKind::Report),
            ScreenKind::People
            | ScreenKind::Settings
            | ScreenKind::Exchange
            | ScreenKind::Report
            | ScreenKind::Workshop => None,
        }
    }
}

impl Screen {
    /// The kind of screen, without the selected record.
    pub fn kind(self) -> ScreenKind {
        match self {
            Screen::Overview => ScreenKind::Overview,
            Screen::Inventory(_) => ScreenKind::Inventory,
            Screen::Threats(_) => ScreenKind::Threats,
            Screen::Scenarios(_) => ScreenKind::Scenarios,
            Screen::Countermeasures(_) => ScreenKind::Countermeasures,
            Screen::Exercises(_) => ScreenKind::Exercises,
            Screen::People(_) => ScreenKind::People,
            Screen::Workshop(_) => ScreenKind::Workshop,
            Screen::Settings => ScreenKind::Settings,
            Screen::Exchange => ScreenKind::Exchange,
            Screen::Report => ScreenKind::Report,
        }
    }

    /// The record selected on a list screen, if any.
    pub fn selected(self) -> Option<Uuid> {
        match self {
            Screen::Inventory(s)
            | Screen::Threats(s)
            | Screen::Scenarios(s)
            | Screen::Countermeasures(s)
            | Screen::Exercises(s)
            | Screen::People(s) => s,
            Screen::Workshop(s) => s,
            Screen::Overview | Screen::Settings | Screen::Exchange | Screen::Report => None,
        }
    }

    /// The screen of `kind` with `selected` open (ignored by screens that
    /// select nothing).
    pub fn of(kind: ScreenKind, selected: Option<Uuid>) -> Screen {
        match kind {
            ScreenKind::Overview => Screen::Overview,
            ScreenKind::Inventory => Screen::Inventory(selected),
            ScreenKind::Threats => Screen::Threats(selected),
            ScreenKind::Scenarios => Screen::Scenarios(selected),
            ScreenKind::Countermeasures => Screen::Countermeasures(selected),
            ScreenKind::Exercises => Screen::Exercises(selected),
            ScreenKind::People => Screen::People(selected),
            ScreenKind::Workshop => Screen::Workshop(selected),
            ScreenKind::Settings => Screen::Settings,
            ScreenKind::Exchange => Screen::Exchange,
            ScreenKind::Report => Screen::Report,
        }
    }
}

/// Every place in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The workbook list (and the welcome on first start).
    Workbooks,
    /// Import files into a new workbook (reached from the workbook list).
    Import,
    /// The read-only roll-up of many labs' exports (nothing is stored).
    Portfolio,
    /// Rating a workshop session on one's own laptop: a session file in, a
    /// ballot file out; nothing is stored.
    Ballot,
    Workbook(Uuid, Screen),
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`). Anything
    /// unknown falls back to the workbook list rather than an error page.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let id = |i: usize| parts.get(i).and_then(|s| Uuid::parse_str(s).ok());
        match parts.as_slice() {
            ["wb", _, rest @ ..] => {
                let Some(wb) = id(1) else {
                    return Route::Workbooks;
                };
                let sub = id(3);
                let screen = match rest.first().copied() {
                    None | Some("overview") => Screen::Overview,
                    Some("inventory") => Screen::Inventory(sub),
                    Some("threats") => Screen::Threats(sub),
                    Some("scenarios") => Screen::Scenarios(sub),
                    Some("countermeasures") => Screen::Countermeasures(sub),
                    Some("exercises") => Screen::Exercises(sub),
                    Some("people") => Screen::People(sub),
                    Some("workshop") => Screen::Workshop(sub),
                    Some("settings") => Screen::Settings,
                    Some("exchange") => Screen::Exchange,
                    Some("report") => Screen::Report,
                    Some(_) => Screen::Overview,
                };
                Route::Workbook(wb, screen)
            }
            ["import"] => Route::Import,
            ["portfolio"] => Route::Portfolio,
            ["ballot"] => Route::Ballot,
            _ => Route::Workbooks,
        }
    }

    /// The canonical hash for this route.
    pub fn to_hash(self) -> String {
        match self {
            Route::Workbooks => "#/".to_owned(),
            Route::Import => "#/import".to_owned(),
            Route::Portfolio => "#/portfolio".to_owned(),
            Route::Ballot => "#/ballot".to_owned(),
            Route::Workbook(wb, screen) => {
                let (name, sub) = match screen {
                    Screen::Overview => ("overview", None),
                    Screen::Inventory(s) => ("inventory", s),
                    Screen::Threats(s) => ("threats", s),
                    Screen::Scenarios(s) => ("scenarios", s),
                    Screen::Countermeasures(s) => ("countermeasures", s),
                    Screen::Exercises(s) => ("exercises", s),
                    Screen::People(s) => ("people", s),
                    Screen::Workshop(s) => ("workshop", s),
                    Screen::Settings => ("settings", None),
                    Screen::Exchange => ("exchange", None),
                    Screen::Report => ("report", None),
                };
                match sub {
                    Some(s) => format!("#/wb/{wb}/{name}/{s}"),
                    None => format!("#/wb/{wb}/{name}"),
                }
            }
        }
    }

    /// The screen kind of a route inside a workbook.
    pub fn screen_kind(self) -> Option<ScreenKind> {
        match self {
            Route::Workbook(_, screen) => Some(screen.kind()),
            _ => None,
        }
    }

    /// The record selected on the screen of this route, if any.
    pub fn selected(self) -> Option<Uuid> {
        match self {
            Route::Workbook(_, screen) => screen.selected(),
            _ => None,
        }
    }

    /// The workbook this route is inside, if any.
    pub fn workbook(self) -> Option<Uuid> {
        match self {
            Route::Workbooks | Route::Import | Route::Portfolio | Route::Ballot => None,
            Route::Workbook(id, _) => Some(id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(hash: &str, expected: Route) {
        assert_eq!(Route::parse(hash), expected, "parsing {hash}");
    }

    #[test]
    fn routes_parse_and_round_trip() {
        let wb = Uuid::from_u128(1);
        let t = Uuid::from_u128(2);
        check("", Route::Workbooks);
        check("#/", Route::Workbooks);
        check("#/nonsense", Route::Workbooks);
        check("#/wb/not-a-uuid/inventory", Route::Workbooks);
        check(&format!("#/wb/{wb}"), Route::Workbook(wb, Screen::Overview));
        check(
            &format!("#/wb/{wb}/bogus"),
            Route::Workbook(wb, Screen::Overview),
        );
        check(
            &format!("#/wb/{wb}/inventory/{t}"),
            Route::Workbook(wb, Screen::Inventory(Some(t))),
        );
        check(
            &format!("#/wb/{wb}/inventory/xyz"),
            Route::Workbook(wb, Screen::Inventory(None)),
        );
        for screen in [
            Screen::Overview,
            Screen::Inventory(Some(t)),
            Screen::Threats(None),
            Screen::Scenarios(Some(t)),
            Screen::Countermeasures(None),
            Screen::Exercises(Some(t)),
            Screen::People(Some(t)),
            Screen::People(None),
            Screen::Workshop(Some(t)),
            Screen::Workshop(None),
            Screen::Settings,
            Screen::Exchange,
            Screen::Report,
        ] {
            let r = Route::Workbook(wb, screen);
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
        assert_eq!(Route::parse(&Route::Workbooks.to_hash()), Route::Workbooks);
        check(
            &format!("#/wb/{wb}/exchange"),
            Route::Workbook(wb, Screen::Exchange),
        );
        check(
            &format!("#/wb/{wb}/report"),
            Route::Workbook(wb, Screen::Report),
        );
        check("#/import", Route::Import);
        check("#/portfolio", Route::Portfolio);
        check("#/ballot", Route::Ballot);
        for r in [Route::Import, Route::Portfolio, Route::Ballot] {
            assert_eq!(Route::parse(&r.to_hash()), r);
            assert_eq!(r.workbook(), None);
        }
    }

    #[test]
    fn screen_kind_and_selection_split_and_rejoin() {
        let wb = Uuid::from_u128(1);
        let t = Uuid::from_u128(2);
        for screen in [
            Screen::Overview,
            Screen::Inventory(Some(t)),
            Screen::Inventory(None),
            Screen::Threats(Some(t)),
            Screen::Scenarios(Some(t)),
            Screen::Countermeasures(Some(t)),
            Screen::Exercises(None),
            Screen::Workshop(Some(t)),
            Screen::Settings,
            Screen::Exchange,
            Screen::Report,
        ] {
            assert_eq!(Screen::of(screen.kind(), screen.selected()), screen);
            let route = Route::Workbook(wb, screen);
            assert_eq!(route.screen_kind(), Some(screen.kind()));
            assert_eq!(route.selected(), screen.selected());
        }
        // Selecting another record keeps the kind (the frame keeps the screen).
        assert_eq!(
            Screen::Inventory(Some(t)).kind(),
            Screen::Inventory(None).kind()
        );
        assert_ne!(Screen::Inventory(None).kind(), Screen::Threats(None).kind());
        // Screens without a list ignore a selection.
        assert_eq!(Screen::of(ScreenKind::Settings, Some(t)), Screen::Settings);
        assert_eq!(Route::Workbooks.screen_kind(), None);
        // The next-step links walk the process once, without a loop.
        let mut kind = ScreenKind::Overview;
        let mut walked = vec![kind];
        while let Some(next) = kind.next_step() {
            assert!(!walked.contains(&next), "next step loops at {next:?}");
            walked.push(next);
            kind = next;
        }
        assert_eq!(
            walked,
            [
                ScreenKind::Overview,
                ScreenKind::Inventory,
                ScreenKind::Threats,
                ScreenKind::Scenarios,
                ScreenKind::Countermeasures,
                ScreenKind::Exercises,
                ScreenKind::Report
            ]
        );
        assert_eq!(Route::Portfolio.selected(), None);
    }
}
