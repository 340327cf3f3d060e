-- model: funnel
-- A project cannot be producing before it is signed: of the period's signings, no more are producing
-- than were signed, and no more started than signed. Runs at the test as-of date.
select * from funnel($as_of) where started > signed or producing > signed or in_stats > signed
