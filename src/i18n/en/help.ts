/**
 * `acct --help` in English: the program, every command, argument and
 * option, the examples (one command line a line) and the notes after them.
 */
export const help = {
  'help.examples': 'Examples:',
  'help.title.usage': 'Usage:',
  'help.title.arguments': 'Arguments:',
  'help.title.options': 'Options:',
  'help.title.globalOptions': 'Global Options:',
  'help.title.commands': 'Commands:',
  'help.extra.default': 'default: ',
  'help.extra.choices': 'choices: ',
  'help.extra.separator': ', ',
  'help.extra.wrap': ({ text }: { text: string }) => ` (${text})`,
  'help.usage.options': '[options]',
  'help.usage.command': '[command]',
  'help.option.help': 'display help for command',
  'help.command.help': 'display help for command',
  'help.field.values': ({ description, values }: { description: string; values: string }) =>
    `${description}: ${values}`,
  'help.dateForms': ({ examples }: { examples: readonly string[] }) =>
    `${examples.join(', ')}; d w m y for days, weeks, months, years`,
  'help.option.version': 'print the version',

  'help.program.description':
    'Account planning for B2B key-account teams: briefings, assessments, plans and the weekly review.',
  'help.program.db':
    "database file or postgres:// URL (default $ACCT_DB, else the config file's db, else $XDG_DATA_HOME/acct/acct.db)",
  'help.program.json': 'print data as JSON',
  'help.program.noColor': 'no colour (also NO_COLOR=1 or TERM=dumb)',
  'help.program.quiet': 'no messages on stderr, only data and errors',
  'help.program.noPager':
    'never page long output (also ACCT_PAGER= or ACCT_PAGER=cat; default $ACCT_PAGER, $PAGER, less -FRX)',
  'help.program.examples': [
    'acct add "Acme Industrial" --owner lin --tier A --position secondary --stage initial-cooperation',
    'acct contact add Acme "Wang Li" --department purchasing --role purchasing --attitude neutral',
    'acct show acme',
    'acct list --owner lin --json',
  ].join('\n'),
  'help.program.notes':
    'Data lives in $XDG_DATA_HOME/acct/acct.db (or ~/.local/share/acct/acct.db) unless --db, ACCT_DB or the db setting says otherwise.\n',

  'help.arg.account': 'account',
  'help.arg.accountRef': 'name, unique prefix or external id',
  'help.arg.accountOrPick': 'name, unique prefix or external id (on a terminal, leave it out to pick one)',
  'help.arg.actionId': 'action id (see acct action list)',
  'help.opt.yes': 'do not ask for confirmation (needed when not on a terminal)',
  'help.opt.top': 'print only the first N plays (a terminal shows 7)',
  'help.opt.playbooks': 'your playbook folder (default $ACCT_PLAYBOOKS, else playbooks/ next to the database)',

  'help.add.description': 'add an account',
  'help.add.arg.name': 'account name (unique, case-insensitive)',
  'help.add.examples': [
    'acct add "Acme Industrial" --owner lin --tier A --revenue 120万 --currency CNY --share 15',
    'acct add 华东机械 --position candidate --city 上海',
  ].join('\n'),

  'help.list.description': 'list accounts',
  'help.list.owner': 'only accounts of this owner',
  'help.list.mine': 'only my accounts: the owner set with acct config set owner NAME',
  'help.list.tier': 'only this tier: A, B, C',
  'help.list.stage': 'only this stage',
  'help.list.level': 'only this relationship level',
  'help.list.examples': [
    'acct list',
    'acct list --owner lin --tier A',
    'acct list --mine',
    'acct list --stage initial-cooperation --json | jq ".[].name"',
  ].join('\n'),

  'help.show.description': 'show an account: profile, contacts by department, open actions, recent activity',
  'help.show.examples': ['acct show acme', 'acct show "Acme Industrial" --json'].join('\n'),

  'help.edit.description': 'change fields of an account',
  'help.edit.examples': [
    'acct edit acme --stage primary-supplier --share 45',
    'acct edit acme --notes ""   # clears the notes',
  ].join('\n'),

  'help.rename.description': 'rename an account',
  'help.rename.arg.account': 'current name, prefix or external id',
  'help.rename.arg.newName': 'new name',
  'help.rename.examples': 'acct rename acme "Acme Industrial Group"',

  'help.remove.description': 'remove an account with its contacts, activities, actions and assessments',
  'help.remove.examples': ['acct remove "Old Prospect"', 'acct remove "Old Prospect" --yes'].join('\n'),

  'help.contact.description': 'manage the people at an account',
  'help.contact.examples': [
    'acct contact add acme "Wang Li" --department purchasing --role purchasing --strength 3',
    'acct contact list acme',
    'acct contact edit acme "Wang Li" --attitude supporter',
  ].join('\n'),
  'help.contact.add.description': 'add a contact to an account',
  'help.contact.add.arg.name': 'contact name',
  'help.contact.add.examples':
    'acct contact add acme "Wang Li" --title "Purchasing Manager" --department purchasing --role purchasing --attitude neutral --strength 3 --seniority manager',
  'help.contact.list.description': "list an account's contacts",
  'help.contact.list.examples': ['acct contact list acme', 'acct contact list acme --json'].join('\n'),
  'help.contact.edit.description': 'change a contact',
  'help.contact.edit.arg.contact': 'contact name, prefix or email',
  'help.contact.edit.examples': 'acct contact edit acme "Wang Li" --attitude supporter --strength 4',
  'help.contact.remove.description': 'remove a contact',
  'help.contact.remove.arg.contact': 'contact name, prefix or email (with --yes: the exact name, email or #id)',
  'help.contact.remove.yes': 'do not ask for confirmation (then the account, too, needs its exact name or external id)',
  'help.contact.remove.examples': 'acct contact remove acme "Wang Li" --yes',

  'help.log.description': "log an interaction; updates the contacts' last-contacted date",
  'help.log.arg.note': 'what happened',
  'help.log.type': 'visit, call, email, meeting, gift, complaint, order, other',
  'help.log.contact': 'who was there (repeatable)',
  'help.log.date': ({ forms }: { forms: string }) => `when (default today): ${forms}`,
  'help.log.amount': 'an order\'s value, e.g. 420万, 4200000, "EUR 3m" (with --type order)',
  'help.log.currency': "ISO currency of --amount, e.g. CNY (default the account's currency)",
  'help.log.examples': [
    'acct log acme "Plant visit, saw the new line" --type visit --contact "Wang Li" --contact "Zhao Min"',
    'acct log acme "Complaint about late delivery" --type complaint --date yesterday',
    'acct log acme "PO 4471, 12 gearboxes" --type order --amount 420万',
  ].join('\n'),

  'help.action.description': 'tasks with an owner and a due date',
  'help.action.examples': [
    'acct action add acme "Send the revised quote" --due 2026-12-01',
    'acct action list --owner lin --overdue',
    'acct action done 12',
  ].join('\n'),
  'help.action.add.description': 'add an action to an account',
  'help.action.add.arg.text': 'what to do',
  'help.action.add.owner': 'who does it (default the account owner)',
  'help.action.add.due': ({ forms }: { forms: string }) => `due date: ${forms}`,
  'help.action.add.playbook': 'playbook it comes from',
  'help.action.add.play': 'play it comes from',
  'help.action.add.examples': 'acct action add acme "Invite the plant manager to our lab" --due +14d --owner lin',
  'help.action.list.description': 'list actions (open ones by default)',
  'help.action.list.arg.account': 'only this account',
  'help.action.list.status': 'open, done, dropped or all',
  'help.action.list.owner': 'only this owner',
  'help.action.list.mine': 'only my actions: the owner set with acct config set owner NAME',
  'help.action.list.overdue': 'only open actions past their due date',
  'help.action.list.examples': [
    'acct action list',
    'acct action list acme --status all',
    'acct action list --owner lin --overdue --json',
    'acct action list --mine --overdue',
  ].join('\n'),
  'help.action.edit.description': 'move the due date, change the owner or reword an action',
  'help.action.edit.due': ({ forms }: { forms: string }) => `new due date: ${forms}`,
  'help.action.edit.owner': 'new owner',
  'help.action.edit.text': 'new wording',
  'help.action.edit.examples': ['acct action edit 12 --due +7d', 'acct action edit 12 --owner wang'].join('\n'),
  'help.action.show.description':
    'one action in full: owner, due date and, for an accepted play, its why, because lines and steps',
  'help.action.show.examples': ['acct action show 12', 'acct action show 12 --json'].join('\n'),
  'help.action.done.description': 'mark an action done (already done: says so)',
  'help.action.done.yes': 'accepted for scripts; marking done asks nothing',
  'help.action.done.examples': 'acct action done 12',
  'help.action.drop.description': 'drop an action that is no longer worth doing (already dropped: says so)',
  'help.action.drop.arg.id': 'action id',
  'help.action.drop.yes': 'accepted for scripts; dropping asks nothing',
  'help.action.drop.examples': ['acct action drop 12', 'acct action drop 12 --yes'].join('\n'),

  'help.field.account.externalId': 'id in your CRM or ERP (unique)',
  'help.field.account.industry': 'industry',
  'help.field.account.owner': 'responsible rep',
  'help.field.account.tier': 'value grade',
  'help.field.account.city': 'city',
  'help.field.account.address': 'address',
  'help.field.account.revenue': 'annual revenue, e.g. 1.2m, 120万, "EUR 3m"',
  'help.field.account.currency': 'ISO currency code of revenue, e.g. CNY',
  'help.field.account.share': 'our share of wallet in percent (0-100)',
  'help.field.account.position': 'our supplier position',
  'help.field.account.stage': 'development stage',
  'help.field.account.level': 'relationship level',
  'help.field.account.targetLevel': 'relationship level we aim for',
  'help.field.account.notes': 'free notes',
  'help.field.contact.name': 'contact name',
  'help.field.contact.title': 'job title',
  'help.field.contact.department': 'department',
  'help.field.contact.role': 'buying role',
  'help.field.contact.attitude': 'attitude towards us',
  'help.field.contact.strength': 'relationship strength 1-5',
  'help.field.contact.seniority': 'seniority',
  'help.field.contact.email': 'email address',
  'help.field.contact.phone': 'phone',
  'help.field.contact.birthday': 'birthday (YYYY-MM-DD)',
  'help.field.contact.preferences': 'personal notes and preferences',
  'help.field.contact.lastContacted': 'date of last contact',

  'help.assess.description':
    'assess an account: briefing, questions (pre-filled from last time), derived results and a ranked plan; accepted plays become actions',
  'help.assess.arg.account': 'name, unique prefix or external id (not needed with --questions)',
  'help.assess.answers': 'answers from a YAML or JSON file (- reads stdin); numbers in plain decimals',
  'help.assess.set': 'one answer, e.g. --set supplierPosition=secondary (repeatable)',
  'help.assess.noInput': 'never prompt: fail listing the missing answers (automatic when not on a terminal)',
  'help.assess.defaults':
    'take missing answers from the previous assessment and the account (on a terminal: "nothing changed"; only what has no answer is asked)',
  'help.assess.accept': 'plays to accept as actions: all, none, or play ids separated by commas',
  'help.assess.top': 'print only the first N plays of the plan (a terminal shows 7)',
  'help.assess.all': 'print every play of the plan',
  'help.assess.dryRun': 'show the results and the plan, store nothing',
  'help.assess.questions': 'print the questionnaire (keys, types, allowed values) and exit',
  'help.assess.examples': [
    'acct assess acme',
    'acct assess acme --answers acme.yaml --accept all',
    'acct assess acme --defaults --set openComplaints=1 --set problems=quality --accept kr-quality-escalation',
    'acct assess acme --answers acme.yaml --dry-run --json | jq .result.plan',
    'acct assess --questions --json',
  ].join('\n'),
  'help.assess.notes':
    '\nOn a terminal each question shows its section, where it stands (7 of 24) and a help line.\n' +
    "A re-assessment shows last time's answers and asks what changed: Enter keeps them all.\n" +
    'Nothing is stored until you choose at the last step: s store with plays (ticked next),\n' +
    'w store without actions, c change an answer, d discard. Enter alone chooses nothing there.\n' +
    'In scripts, --accept answers that step (store, with those plays) and --dry-run stores nothing.\n' +
    "Storing also updates the account's stage, level, supplier position and share from the results.\n",

  'help.plan.description': 'reprint the plan of the latest assessment (or the latest on or before --at)',
  'help.plan.at': 'the assessment in force on this date (YYYY-MM-DD, 30d ago)',
  'help.plan.all': 'print every play (piped output and --json always do)',
  'help.plan.examples': ['acct plan acme', 'acct plan acme --at 2026-01-31', 'acct plan acme --json'].join('\n'),

  'help.history.description': 'list the assessments of an account and what changed between them',
  'help.history.examples': ['acct history acme', 'acct history acme --json'].join('\n'),

  'help.playbook.description':
    'the playbooks behind the plan: list, show and validate them, and the facts conditions read',
  'help.playbook.examples': [
    'acct playbook list',
    'acct playbook show kr-fit-alarm',
    'acct playbook facts',
    'acct playbook validate ~/my-playbooks',
  ].join('\n'),
  'help.playbook.notes': '\nHow to write and test a playbook: docs/playbooks.md\n',
  'help.playbook.list.description': 'list each playbook with its plays (id, priority, owner, title, source)',
  'help.playbook.list.examples': ['acct playbook list', 'acct playbook list --json | jq ".[].plays[].id"'].join('\n'),
  'help.playbook.show.description':
    'show a playbook, or one play with its why, steps and condition (as YAML you can paste into a file)',
  'help.playbook.show.arg.id': 'a playbook id or a play id',
  'help.playbook.show.examples': [
    'acct playbook show key-account-retention',
    'acct playbook show kr-fit-alarm --json',
  ].join('\n'),
  'help.playbook.facts.description':
    'list every fact a condition can read: its type, allowed values, operators and meaning',
  'help.playbook.facts.examples': [
    'acct playbook facts',
    'acct playbook facts --json | jq -r \'.[] | select(.type == "list") | .name\'',
    'acct playbook facts --playbooks ~/team-playbooks',
  ].join('\n'),
  'help.playbook.facts.notes': '\nYour own questions (assessment.yaml in your playbook folder) are facts too.\n',
  'help.playbook.validate.description': 'check playbook files: every problem as file:line:col: message; exit 1 if any',
  'help.playbook.validate.arg.paths': '.yaml files or folders (default: the shipped playbooks and your folder)',
  'help.playbook.validate.examples': [
    'acct playbook validate',
    'acct playbook validate ~/team-playbooks',
    'acct playbook validate my-plays.yaml',
  ].join('\n'),

  'help.config.description':
    'settings: who you are, team roles, thresholds (flags beat ACCT_* variables beat the file)',
  'help.config.notes':
    '\nThe file is $XDG_CONFIG_HOME/acct/config (else ~/.config/acct/config, or $ACCT_CONFIG),\n' +
    'one "key = value" a line. Each setting can also come from the environment:\n' +
    'role.manager from ACCT_ROLE_MANAGER, stale-days from ACCT_STALE_DAYS.\n',
  'help.config.examples': [
    'acct config set owner lin',
    'acct config set role.manager wang',
    'acct config get stale-days',
    'acct config list',
  ].join('\n'),
  'help.config.list.description': 'every setting with its value and where the value comes from',
  'help.config.list.examples': ['acct config list', 'acct config list --json'].join('\n'),
  'help.config.get.description': 'print one setting',
  'help.config.arg.key': 'the setting, e.g. owner or role.manager',
  'help.config.get.examples': 'acct config get owner',
  'help.config.set.description': 'store a setting in the config file',
  'help.config.set.arg.value': 'its value',
  'help.config.set.examples': ['acct config set owner lin', 'acct config set survey-days.A 60'].join('\n'),
  'help.config.unset.description': 'remove a setting from the config file (its default applies again)',
  'help.config.unset.arg.key': 'the setting',
  'help.config.unset.examples': 'acct config unset role.service',

  'help.db.description':
    'the database: check it for damage, list and prune its backups, say where it is; set a team database up',
  'help.db.examples': ['acct db check', 'acct db backups', 'acct db backups --prune --keep 1', 'acct db init'].join(
    '\n',
  ),
  'help.db.status.description':
    'which database acct uses: backend, location (password masked), schema version, user; on a team database your owner name and rights',
  'help.db.status.examples': ['acct db status', 'ACCT_DB=postgres://lin@db.example/acct acct db status --json'].join(
    '\n',
  ),
  'help.db.copy.description':
    'copy the whole portfolio to another database (--to) or from one (--from), all or nothing, into an empty one',
  'help.db.copy.to': 'copy from the database acct uses to LOCATION (a file or a postgres:// URL)',
  'help.db.copy.from': 'copy from LOCATION into the database acct uses',
  'help.db.copy.examples': [
    'acct db copy --to postgres://lin@db.example:5432/acct',
    'acct --db ~/acct-back.db db copy --from postgres://lin@db.example/acct',
  ].join('\n'),
  'help.db.copy.notes': '\nThe target must hold no accounts. Put the password in ~/.pgpass, not in the URL.\n',
  'help.db.check.description': 'read every page and reference of the database; exit 1 if it is damaged',
  'help.db.check.examples': ['acct db check', 'acct db check --db ~/old/acct.db --json'].join('\n'),
  'help.db.init.description':
    'set a team database up: the schema, the roles acct_rep and acct_manager, and who may change what',
  'help.db.init.examples': [
    'ACCT_DB=postgres://postgres@db.example/acct acct db init',
    'acct db grant lin               # a rep: owner name lin, changes only their own accounts',
    'acct db grant zhang --manager   # a manager: changes everything, hands accounts over',
  ].join('\n'),
  'help.db.init.notes':
    '\nRun as the database owner with the CREATEROLE right (or a superuser). Safe to run again.\n' +
    'Every rep reads the whole portfolio; a rep changes only the accounts they own; see docs/postgres.md.\n',
  'help.db.grant.description': 'let a PostgreSQL login role use the team database as a rep or a manager',
  'help.db.grant.arg.role': 'the PostgreSQL login role (created when missing, without a password)',
  'help.db.grant.owner': 'the owner name the role works as (default: the role name)',
  'help.db.grant.manager': 'a manager: changes every account and hands accounts over',
  'help.db.grant.examples': [
    'acct db grant lin',
    'acct db grant wang.li --owner wang',
    'acct db grant zhang --manager',
    "psql -c '\\password lin'   # then a password, kept by lin in ~/.pgpass",
  ].join('\n'),
  'help.db.check.notes':
    '\nRuns SQLite integrity_check and foreign_key_check, read-only. When damage is found it says\n' +
    'how to go on: restore a backup (`acct db backups`) or export what can still be read.\n',
  'help.db.backups.description': 'list the copies acct made before upgrading the database; --prune deletes them',
  'help.db.backups.prune':
    'delete backups but the newest --keep N (required; --keep 0 deletes all); asks first on a terminal',
  'help.db.backups.keep': 'with --prune: keep the newest N (0 keeps none)',
  'help.db.backups.examples': [
    'acct db backups',
    'acct db backups --json | jq ".[0].path"',
    'acct db backups --prune --keep 1',
    'acct db backups --prune --keep 0 --yes   # after acct remove, so no copy keeps the removed data',
  ].join('\n'),
  'help.db.backups.notes':
    '\nBackups sit beside the database, named <db>.v<schema>-<time>.bak, owner-only (0600).\n' +
    'acct keeps the newest 3 on its own. They hold everything the database held when they\n' +
    'were made, including records removed since.\n',

  'help.brief.description':
    'the briefing before a call: notes, last talk, open actions and plays, contacts, changes, risk',
  'help.brief.format': 'text, markdown or json (default: text; --json is the same as --format json)',
  'help.brief.examples': [
    'acct brief acme',
    'acct brief acme --format markdown > acme-call.md',
    'acct brief acme --json | jq .risk',
  ].join('\n'),

  'help.today.description':
    'my day: overdue actions, actions due this week, accounts to call, assessments due; most urgent first',
  'help.today.owner': "this owner's day (default: the configured owner, else everyone)",
  'help.today.mine': 'the configured owner (acct config set owner NAME); an error when none is set',
  'help.today.everyone': "everyone's day, even when an owner is configured",
  'help.today.all': 'every item, not one screen',
  'help.today.notes':
    '\nRanked most urgent first:\n' +
    '  1. overdue actions, longest overdue first\n' +
    '  2. accounts quiet after an order (no contact for order-silence-days since it), longest first\n' +
    '  3. actions due this week (today and the six days after), soonest first\n' +
    '  4. accounts without contact for stale-days or more, longest first; never contacted last\n' +
    '  5. assessments due: key accounts never assessed, then not assessed for unassessed-days\n' +
    '     or more, then survey answers older than the survey cadence (survey-days)\n' +
    'Ties go to the higher tier. The thresholds are settings: acct config list.\n',
  'help.today.examples': [
    'acct today',
    'acct today --owner wang',
    'acct today --everyone --all',
    'acct today --json | jq ".items[0]"',
  ].join('\n'),

  'help.find.description': 'find accounts by name, external id, notes, contact names and emails, logged notes',
  'help.find.arg.text': 'what to look for (case and full-width/half-width do not matter)',
  'help.find.notes':
    '\nBest first: an exact name, names that start with the text, then external ids, contacts,\n' +
    'emails, account notes and logged notes.\n',
  'help.find.examples': [
    'acct find wang',
    'acct find @acme.example',
    'acct find "frame agreement"',
    'acct find KA-1003 --json',
  ].join('\n'),

  'help.completion.description': 'print a shell completion script: commands, flags, their values and account names',
  'help.completion.arg.shell': 'bash, zsh or fish',
  'help.completion.examples': [
    'source <(acct completion bash)          # in ~/.bashrc',
    'source <(acct completion zsh)           # in ~/.zshrc',
    'acct completion fish | source           # in ~/.config/fish/config.fish',
  ].join('\n'),
  'help.completion.notes': '\nAccount names are read from the database (--db or ACCT_DB) when you press Tab.\n',

  'help.report.description': 'the weekly review: portfolio, what moved, what needs attention, per owner',
  'help.report.since': 'first day of the review window (included)',
  'help.report.days': 'length of the window in days, ending with today (default 7)',
  'help.report.asOf': 'treat this day as today (default today, or $ACCT_NOW)',
  'help.report.owner': "only this owner's accounts and actions",
  'help.report.mine': 'only my accounts and actions: the owner set with acct config set owner NAME',
  'help.report.staleDays': 'flag accounts with no contact for this many days (default: setting stale-days, 30)',
  'help.report.unassessedDays': 'flag accounts not assessed for this many days (default: setting unassessed-days, 30)',
  'help.report.format':
    'table, text (the table without colour, for e-mail or chat), plain, json, csv, markdown or html (a page with charts, to share or print) (default: table on a terminal, plain when piped; with -o, from the file name)',
  'help.report.limit':
    'rows per list: needs you, also, what moved, each attention group (table, text, html and json: default 25; plain, csv and markdown: all; 0 = all)',
  'help.report.notes':
    '\nThe window is made of whole days (UTC), both ends included: it ends with the\n' +
    'end of --as-of (records dated later are ignored) and starts with --since, or\n' +
    'so that it spans --days N days (--days 7 on 2026-03-15: 2026-03-09 .. 2026-03-15).\n' +
    '"Change" compares with the state at the end of the day before the window,\n' +
    'replayed from the stored history of changes (assessments, edits, imports).\n' +
    'First comes what needs you this week: one row per account, most severe first,\n' +
    'with what to do next; accounts with only minor reasons go on the "also" line.\n' +
    'Last come the trends: accounts by stage and risk at the end of each of the\n' +
    'last 8 weeks, replayed from history, for the portfolio and per owner.\n' +
    'Piped output is tab-separated; the first field names the section\n' +
    '(window, portfolio, moved, priority, also, attention, owner, trend).\n',
  'help.report.examples': [
    'acct report',
    'acct report --owner lin --days 14',
    'acct report --mine',
    'acct report --as-of 2026-03-13 --format markdown > review-2026-w11.md',
    'acct report --format csv > review.csv',
    'acct report -o review.html   # one page with charts: open it in a browser, print it, mail it',
    'acct report --json | jq ".attention[] | select(.group == \\"risk\\")"',
    'acct report | grep ^attention | cut -f3,4,6',
  ].join('\n'),

  'help.import.description': 'import accounts, contacts, activities, actions or assessments from CSV (all or nothing)',
  'help.import.arg.files':
    'CSV files, - for standard input, or folders with accounts.csv, contacts.csv, …; all in one transaction',
  'help.import.type': 'what the file holds (default: guessed from the headers)',
  'help.import.map': 'read COLUMN as FIELD; "COLUMN=-" ignores it (repeatable)',
  'help.import.mapping': 'YAML or JSON file of column: field',
  'help.import.encoding': 'utf-8, utf-16le, gb18030, … (default: detected)',
  'help.import.delimiter': 'field separator: , ; tab | (default: detected)',
  'help.import.skipInvalid':
    'import the valid rows; write the others with a reason to NAME.rejects.csv beside NAME.csv (stdin: ./stdin.rejects.csv)',
  'help.import.dryRun': 'check every row and report what would change; write nothing',
  'help.import.examples': [
    'acct import examples/            # accounts, contacts, activities, actions, assessments',
    'acct import accounts.csv contacts.csv',
    'acct import customers.csv --dry-run',
    'acct import crm-export.csv --type accounts --map "Kunde=name" --map "Internal Code=-"',
    'acct import contacts.csv --skip-invalid --json',
    'iconv -f gbk -t utf-8 old.csv | acct import - --type accounts',
  ].join('\n'),
  'help.import.notes':
    '\nRows match existing records (accounts by external id, else by name; contacts by account and email,\n' +
    'else name), so running the same import twice changes nothing. Errors are printed as file:line: column: message.\n' +
    'Title rows above the header are skipped. A createdAt (Created Date, 创建时间) column keeps when an account\n' +
    'was opened in the source system, so a first import does not show up as new in the weekly report.\n',

  'help.export.description': 'export records as CSV or JSON, in the columns acct import reads',
  'help.export.type': 'what to export',
  'help.export.format': 'output format',
  'help.export.output': 'write to FILE (CSV files get a BOM for Excel) instead of standard output',
  'help.export.raw': 'do not neutralise cells starting with = + - @ (spreadsheet formula injection)',
  'help.export.examples': [
    'acct export -o accounts.csv',
    'acct export --type contacts --format json | jq ".[].email"',
    'acct export --type activities -o activities.csv',
  ].join('\n'),

  'help.complete.arg.what': 'accounts',
  'help.complete.arg.prefix': 'what has been typed',
};
