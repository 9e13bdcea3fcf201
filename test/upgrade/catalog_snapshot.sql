-- Every object of the extension portemis with its full definition, one line
-- per fact, sorted: two databases whose outputs are equal hold the same
-- extension (used by test/shell/upgrade.sh to compare an updated install with
-- a fresh one).  OIDs never appear; names are schema-qualified.
SET search_path = pg_catalog;
WITH members AS (
    SELECT d.classid, d.objid
    FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND d.refclassid = 'pg_extension'::regclass
    WHERE e.extname = 'portemis' AND d.deptype = 'e'
), facts AS (
    -- identity and comment of every member
    SELECT pg_describe_object(m.classid, m.objid, 0) AS obj,
           'comment: ' || coalesce(obj_description(m.objid, (SELECT relname FROM pg_class WHERE oid = m.classid)), '<none>') AS fact
    FROM members m
    UNION ALL
    SELECT p.oid::regprocedure::text, 'def: ' || pg_get_functiondef(p.oid)
    FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid AND p.prokind <> 'a'
    UNION ALL
    SELECT p.oid::regprocedure::text, 'acl: ' || coalesce(p.proacl::text, '<default>')
    FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
    UNION ALL
    SELECT a.aggfnoid::regprocedure::text,
           pg_catalog.concat_ws(' ', 'agg:', a.aggkind, a.aggtransfn::regprocedure, a.aggfinalfn::regprocedure,
                     a.aggcombinefn::regprocedure, a.aggserialfn::regprocedure, a.aggdeserialfn::regprocedure,
                     a.aggtranstype::regtype, a.agginitval, p.proparallel, a.aggfinalmodify)
    FROM members m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
    JOIN pg_proc p ON p.oid = a.aggfnoid
    UNION ALL
    SELECT c.oid::regclass::text, pg_catalog.concat_ws(' ', 'rel:', c.relkind, c.relacl::text, c.relpersistence)
    FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
    UNION ALL
    SELECT c.oid::regclass::text, pg_catalog.concat_ws(' ', 'col:', a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                     a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), col_description(c.oid, a.attnum))
    FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
    UNION ALL
    SELECT c.conrelid::regclass::text, 'constraint: ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
    FROM members m JOIN pg_constraint c ON m.classid = 'pg_class'::regclass AND c.conrelid = m.objid
    UNION ALL
    SELECT i.indrelid::regclass::text, 'index: ' || pg_get_indexdef(i.indexrelid)
    FROM members m JOIN pg_index i ON m.classid = 'pg_class'::regclass AND i.indrelid = m.objid
    UNION ALL
    SELECT t.tgrelid::regclass::text, 'trigger: ' || pg_get_triggerdef(t.oid)
    FROM members m JOIN pg_trigger t ON m.classid = 'pg_class'::regclass AND t.tgrelid = m.objid AND NOT t.tgisinternal
    UNION ALL
    SELECT c.oid::regclass::text, 'view: ' || pg_get_viewdef(c.oid)
    FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid AND c.relkind = 'v'
    UNION ALL
    SELECT t.oid::regtype::text, pg_catalog.concat_ws(' ', 'type:', t.typtype, t.typlen, t.typbyval, t.typalign, t.typstorage,
                     t.typinput::regprocedure, t.typoutput::regprocedure, t.typreceive::regprocedure,
                     t.typsend::regprocedure, t.typcategory, t.typacl::text)
    FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
    UNION ALL
    SELECT o.oid::regoperator::text, pg_catalog.concat_ws(' ', 'op:', o.oprcode::regprocedure, o.oprcom::regoperator,
                     o.oprnegate::regoperator, o.oprrest, o.oprjoin, o.oprcanmerge, o.oprcanhash)
    FROM members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
    UNION ALL
    SELECT pg_describe_object(m.classid, m.objid, 0),
           pg_catalog.concat_ws(' ', 'opclass member:', ao.amopstrategy, ao.amopopr::regoperator)
    FROM members m JOIN pg_opclass oc ON m.classid = 'pg_opclass'::regclass AND oc.oid = m.objid
    JOIN pg_amop ao ON ao.amopfamily = oc.opcfamily
    UNION ALL
    SELECT pg_describe_object(m.classid, m.objid, 0),
           pg_catalog.concat_ws(' ', 'opclass support:', ap.amprocnum, ap.amproc::regprocedure)
    FROM members m JOIN pg_opclass oc ON m.classid = 'pg_opclass'::regclass AND oc.oid = m.objid
    JOIN pg_amproc ap ON ap.amprocfamily = oc.opcfamily
    UNION ALL
    SELECT pg_describe_object(m.classid, m.objid, 0),
           pg_catalog.concat_ws(' ', 'cast:', c.castfunc::regprocedure, c.castcontext, c.castmethod)
    FROM members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
    UNION ALL
    -- the attributes of composite types (a vessel or emissions_tonnes that grew differently)
    SELECT pg_describe_object(m.classid, m.objid, 0),
           pg_catalog.concat_ws(' ', 'attribute', a.attnum, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod))
    FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid AND t.typtype = 'c'
    JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    -- row-level security: whether it is on, and every policy of a member table
    SELECT c.oid::regclass::text, pg_catalog.concat_ws(' ', 'rls:', c.relrowsecurity, c.relforcerowsecurity)
    FROM members m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid AND c.relkind = 'r'
    UNION ALL
    SELECT p.polrelid::regclass::text,
           pg_catalog.concat_ws(' ', 'policy:', p.polname, p.polcmd, p.polpermissive,
                     (SELECT string_agg(CASE WHEN r = 0 THEN 'public' ELSE r::regrole::text END, ',' ORDER BY r) FROM unnest(p.polroles) r),
                     pg_get_expr(p.polqual, p.polrelid), pg_get_expr(p.polwithcheck, p.polrelid))
    FROM members m JOIN pg_policy p ON m.classid = 'pg_class'::regclass AND p.polrelid = m.objid
    UNION ALL
    SELECT 'schema ' || n.nspname, 'schema acl: ' || coalesce(n.nspacl::text, '<default>')
    FROM pg_namespace n WHERE n.nspname = 'portemis'
    UNION ALL
    SELECT 'extension', pg_catalog.concat_ws(' ', 'config:', (SELECT string_agg(x.rel::regclass::text || ' ' || x.cond, ', ' ORDER BY x.rel::regclass::text)
                                               FROM unnest(e.extconfig, e.extcondition) x(rel, cond)), e.extrelocatable)
    FROM pg_extension e WHERE e.extname = 'portemis'
)
SELECT obj || ' | ' || replace(fact, E'\n', '\n') FROM facts ORDER BY 1;
