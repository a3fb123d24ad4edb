-- An agreement holds its region by name, as everything outside registration does. When the region is renamed the
-- agreement follows it: its terms, versions and shares stay as recorded; only the name it is found by changes.
drop trigger fair_share_agreement_append_only on fair_share_agreement;
create trigger fair_share_agreement_append_only before update of id, created_at, created_by or delete
    on fair_share_agreement for each row execute function refuse_history_change();
