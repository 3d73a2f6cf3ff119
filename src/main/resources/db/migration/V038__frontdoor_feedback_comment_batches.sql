-- A free-text comment is shown to staff only with its week's batch, two weeks after the Monday of the
-- week it was given: never sooner than a week after, and together with the rest of that week's
-- comments, so that a comment cannot be matched with a recent visit. Only the day of release is
-- kept, not when the comment was given. Comments given before this were already shown.
alter table frontdoor.feedback add column comment_released_on date;
update frontdoor.feedback set comment_released_on = month where comment is not null;
alter table frontdoor.feedback add constraint feedback_comment_has_a_release
    check ((comment is null) = (comment_released_on is null));
