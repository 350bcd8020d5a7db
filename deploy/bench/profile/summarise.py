#!/usr/bin/env python3
"""Where a service's CPU goes, by layer, from a collapsed-stack profile (jfr-converter -o collapsed).

Each on-CPU sample is charged to the innermost frame that belongs to a known layer (JWT verification, Narayana,
Hibernate, the JDBC driver, Jackson, Vert.x/Netty, ...), skipping JDK frames (a socket write is charged to the
library that wrote: Netty for HTTP, the PostgreSQL driver for SQL); samples of threads waiting (poll, park, sleep) are left out.
Usage: summarise.py FILE.collapsed [EXAMPLES_PER_LAYER]
"""
import sys,collections
cats=[("JWT/OIDC token verify",("jose4j","io/quarkus/oidc","smallrye/jwt")),
("Narayana transaction begin/commit",("arjuna","narayana","TransactionSynchronizationRegistry","jakarta/transaction")),
("Hibernate (session, load, flush, dirty check)",("org/hibernate",)),
("JDBC/PostgreSQL driver + Agroal pool",("postgresql","agroal")),
("JSON response (Jackson)",("jackson",)),
("security identity / CurrentActor",("CurrentActor","SecurityIdentity","io/quarkus/security","io/quarkus/vertx/http/runtime/security")),
("logging",("jboss/logmanager","org/jboss/logging")),
("HTTP I/O (Vert.x, Netty)",("io/vertx","io/netty")),
("REST framework (RESTEasy Reactive, Arc, Mutiny)",("resteasy","io/quarkus/arc","mutiny","jboss/threads")),
("techmarket code",("gx/techmarket",)),
]
wait=("Net.poll","EPoll.wait","Unsafe.park","Object.wait","Thread.sleep")
tot=0; c=collections.Counter(); ex=collections.defaultdict(collections.Counter)
for line in open(sys.argv[1]):
    stack,n=line.rsplit(' ',1); n=int(n)
    fr=stack.split(';')
    if any(w in fr[-1] for w in wait): continue
    if 'jdk/jfr' in stack or 'Attach Listener' in stack: continue
    tot+=n
    for f in reversed(fr):
        if f.startswith(('java/','sun/','jdk/','javax/','com/sun/')):
            continue  # a JDK frame (a socket write, a hash map) is charged to the library that called it
        hit=None
        for name,pats in cats:
            if any(p in f for p in pats): hit=name; break
        if hit: c[hit]+=n; ex[hit][f]+=n; break
    else: c["other (JDK)"]+=n; ex["other (JDK)"][fr[-1]]+=n
print("on-CPU samples",tot)
for name,v in c.most_common():
    print(f"{100*v/max(tot,1):5.1f}%  {name}")
    for f,m in ex[name].most_common(int(sys.argv[2]) if len(sys.argv)>2 else 0): print(f"          {100*m/tot:4.1f}% {f[:120]}")
