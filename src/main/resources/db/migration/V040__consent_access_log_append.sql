-- Appends one entry to the access log's chain in one call: takes the chain's lock, then reads the
-- last entry (each statement of a function sees what was committed before it started, so the read
-- sees the entry of the transaction that held the lock before) and inserts the entry after it with
-- its hash. consent.AccessLog calls it as the last statements of the transaction that read or
-- changed the data, and the lock is held until that transaction commits: one round trip now holds
-- it, where three did. The hash is the one AccessLog verifies: SHA-256, in lower-case hex, of the
-- fields each written as its length, ':' and itself, joined by '|' — the sequence, the fields the
-- caller gives already so joined (p_fields), and the previous entry's hash.
create function consent.append_access_log(p_logged_at timestamptz, p_actor text, p_actor_role text, p_actor_organisation uuid,
        p_action text, p_record_kind text, p_record_id text, p_subject_ids uuid[], p_basis text, p_fields text)
    returns bigint language plpgsql volatile as $$
declare
    last_sequence bigint;
    last_hash text;
    next_sequence bigint;
begin
    perform pg_advisory_xact_lock(hashtext('consent.access_log'));
    select sequence, hash into last_sequence, last_hash from consent.access_log order by sequence desc limit 1;
    if not found then
        last_sequence := 0;
        last_hash := repeat('0', 64);
    end if;
    next_sequence := last_sequence + 1;
    insert into consent.access_log (sequence, logged_at, actor, actor_role, actor_organisation, action, record_kind, record_id,
            subject_ids, basis, previous_hash, hash)
        values (next_sequence, p_logged_at, p_actor, p_actor_role, p_actor_organisation, p_action, p_record_kind, p_record_id,
            p_subject_ids, p_basis, last_hash,
            encode(sha256(convert_to(length(next_sequence::text) || ':' || next_sequence::text || '|' || p_fields || '|'
                || length(last_hash) || ':' || last_hash, 'UTF8')), 'hex'));
    return next_sequence;
end
$$;
