-- The editors' and readers' roles of a Vänort register on a PostgreSQL server.
--
-- The same as `vanort server setup URL` (db/roles.py), for an administrator who
-- prefers psql. Run it connected to the register's database as the role that owns
-- its tables, after the register was made (`vanort new URL` or the window):
--
--     psql -v db=vanort -f db/server_roles.sql "host=server dbname=vanort user=owner"
--
-- Then give each person a login of their own and one of the two roles:
--
--     CREATE ROLE anna LOGIN PASSWORD '...';   GRANT vanort_editors TO anna;
--     CREATE ROLE bertil LOGIN PASSWORD '...'; GRANT vanort_readers TO bertil;
--
-- The change log names the login (anna, bertil), so give nobody a shared login.

\set editors :db '_editors'
\set readers :db '_readers'

CREATE ROLE :"editors" NOLOGIN;
CREATE ROLE :"readers" NOLOGIN;

GRANT CONNECT ON DATABASE :"db" TO :"editors", :"readers";
GRANT USAGE ON SCHEMA public TO :"editors", :"readers";
GRANT SELECT ON ALL TABLES IN SCHEMA public TO :"editors", :"readers";
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"editors";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"editors";

-- Tables and sequences a later version's migration adds get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO :"editors", :"readers";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO :"editors";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO :"editors";
