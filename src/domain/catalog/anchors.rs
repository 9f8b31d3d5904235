//! Anchored descriptions for 1, 3 and 5 on every rating axis.
//! PLACEHOLDER: being written by the catalogue work.

use crate::domain::rating::RatingAxis;
use crate::domain::text::Text;

pub fn axis_anchors(_axis: RatingAxis) -> [Text; 3] {
    [Text::new("低", "Low"), Text::new("中", "Medium"), Text::new("高", "High")]
}
