-- Least privilege: the platform works as a role that owns nothing (the owner runs the migrations).
-- Run by Flyway after every migration, so a new table gets its grants without a migration of its own.
-- It grants each module's schema what the code needs and withholds what no code may do:
-- client data is never deleted, and the append-only records are never changed.
-- ${appRole} is the platform's role; blank when the platform runs migrations as itself (then nothing is granted).
do $grants$
declare
	app constant text := '${appRole}';
	module_schema text;
	client_schema text;
	append_only text;
	derived text;
begin
	if app = '' or app = current_user then
		raise notice 'The platform runs as the owner of its tables: least privilege is not in force';
		return;
	end if;
	if not exists (select from pg_roles where rolname = app) then
		execute format('create role %I login', app);
	end if;
	execute format('grant connect on database %I to %I', current_database(), app);
	execute format('revoke create on schema public from %I', app);
	execute format('grant usage on schema public to %I', app);
	-- Spring Modulith's registry of published events: written, completed and cleared by every module.
	execute format('grant select, insert, update, delete on public.event_publication to %I', app);

	foreach module_schema in array array['platform', 'network', 'population', 'directory', 'consent', 'frontdoor', 'casework', 'insight'] loop
		execute format('revoke all on all tables in schema %I from %I', module_schema, app);
		execute format('grant usage on schema %I to %I', module_schema, app);
		execute format('grant select, insert, update, delete on all tables in schema %I to %I', module_schema, app);
		execute format('grant usage, select on all sequences in schema %I to %I', module_schema, app);
	end loop;

	-- What families and workers recorded is never hard-deleted.
	foreach client_schema in array array['population', 'consent', 'frontdoor', 'casework'] loop
		execute format('revoke delete on all tables in schema %I from %I', client_schema, app);
	end loop;

	-- Append-only records: the access log, the journal, responsibility history, messages, attachments,
	-- goal attainment and everyday ratings, insight's facts and the security log of account changes.
	foreach append_only in array array['consent.access_log', 'casework.journal_entry', 'casework.responsibility',
			'casework.message', 'casework.attachment', 'casework.goal_attainment', 'casework.everyday_rating', 'insight.fact',
			'platform.security_log'] loop
		execute format('revoke update, delete, truncate on %s from %I', append_only, app);
	end loop;

	-- Insight's derived tables are rebuilt from its facts by emptying them.
	foreach derived in array array['insight.figure', 'insight.open_deadline', 'insight.goal_attainment', 'insight.everyday_rating'] loop
		execute format('grant truncate on %s to %I', derived, app);
	end loop;

	-- The directory refreshes its planner statistics after a large import (MAINTAIN: PostgreSQL 17 and later).
	if current_setting('server_version_num')::int >= 170000 then
		execute format('grant maintain on all tables in schema directory to %I', app);
	end if;
end
$grants$;
