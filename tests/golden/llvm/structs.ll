define internal void @"main.init"(ptr %context) #_ {
entry:
  br label %b0
b0:
  ret void
}

define internal void @"main.main"(ptr %context) #_ {
entry:
  %gcframe = alloca {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, align 8
  %t2 = alloca {i32, i32}, align 4
  %t7 = alloca {i32, i32}, align 4
  %.cmpa2 = alloca {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, align 4
  %.cmpb3 = alloca {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, align 4
  %t25 = alloca {i32, i32}, align 4
  %.cmpa5 = alloca {i32, i32}, align 4
  %.cmpb6 = alloca {i32, i32}, align 4
  %t34 = alloca [2 x [3 x i32]], align 4
  %t36 = alloca [3 x i32], align 4
  %t42 = alloca [3 x i32], align 4
  %t48 = alloca [2 x [3 x i32]], align 4
  %t50 = alloca [2 x [3 x i32]], align 4
  %.cmpa9 = alloca [2 x [3 x i32]], align 4
  %.cmpb10 = alloca [2 x [3 x i32]], align 4
  %t63 = alloca {ptr, ptr}, align 4
  %t66 = alloca {i32, i32}, align 4
  store {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}} zeroinitializer, ptr %gcframe
  %gcslot.2 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 2
  %gcslot.3 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 3
  %gcslot.4 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 4
  %gcslot.5 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 5
  %gcslot.6 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 6
  %gcslot.7 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 7
  %gcslot.8 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 8
  %t0 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 7
  %t13 = getelementptr inbounds {ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr %gcframe, i32 0, i32 8
  %gcprev = load ptr, ptr @"runtime.stackChainStart"
  store ptr %gcprev, ptr %gcframe
  %gcsize = getelementptr inbounds {ptr, i32}, ptr %gcframe, i32 0, i32 1
  store i32 ptrtoint (ptr getelementptr ({ptr, i32, ptr, ptr, ptr, ptr, ptr, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}}, ptr null, i32 1) to i32), ptr %gcsize
  store ptr %gcframe, ptr @"runtime.stackChainStart"
  br label %b0
b0:
  store {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} zeroinitializer, ptr %t0
  %t1 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t0, i32 0, i32 0
  store {i32, i32} zeroinitializer, ptr %t2
  %t3 = getelementptr inbounds {i32, i32}, ptr %t2, i32 0, i32 0
  store i32 1, ptr %t3
  %t4 = getelementptr inbounds {i32, i32}, ptr %t2, i32 0, i32 1
  store i32 2, ptr %t4
  %t5 = load {i32, i32}, ptr %t2
  store {i32, i32} %t5, ptr %t1
  %t6 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t0, i32 0, i32 1
  store {i32, i32} zeroinitializer, ptr %t7
  %t8 = getelementptr inbounds {i32, i32}, ptr %t7, i32 0, i32 0
  store i32 3, ptr %t8
  %t9 = getelementptr inbounds {i32, i32}, ptr %t7, i32 0, i32 1
  store i32 4, ptr %t9
  %t10 = load {i32, i32}, ptr %t7
  store {i32, i32} %t10, ptr %t6
  %t11 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t0, i32 0, i32 2
  store {ptr, i32} {ptr @"main$string.9c012e0f1b", i32 1}, ptr %t11
  %t12 = load {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t0
  store {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} zeroinitializer, ptr %t13
  store {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t12, ptr %t13
  %t14 = load {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t13
  %gcptr.1 = extractvalue {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t14, 2, 0
  store ptr %gcptr.1, ptr %gcslot.2
  %gcptr.2 = extractvalue {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t14, 3
  store ptr %gcptr.2, ptr %gcslot.3
  %.1 = call ptr @"runtime.allocTyped"(i32 28, i32 28, i32 80, ptr undef)
  store ptr %.1, ptr %gcslot.4
  store {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t14, ptr %.1
  %t16 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %.1, i32 0, i32 0
  %t17 = load {i32, i32}, ptr %t16
  %t18 = call {i32, i32} @"main.move"({i32, i32} %t17, i32 5, ptr undef)
  %t19 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %.1, i32 0, i32 0
  store {i32, i32} %t18, ptr %t19
  %t20 = load {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t13
  %gcptr.3 = extractvalue {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t20, 2, 0
  store ptr %gcptr.3, ptr %gcslot.2
  %gcptr.4 = extractvalue {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t20, 3
  store ptr %gcptr.4, ptr %gcslot.3
  %t21 = load {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %.1
  %gcptr.5 = extractvalue {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t21, 2, 0
  store ptr %gcptr.5, ptr %gcslot.5
  %gcptr.6 = extractvalue {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t21, 3
  store ptr %gcptr.6, ptr %gcslot.6
  store {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t20, ptr %.cmpa2
  store {{i32, i32}, {i32, i32}, {ptr, i32}, ptr} %t21, ptr %.cmpb3
  %.4 = call i1 @"tinypy.equal.36bdc3"(ptr %.cmpa2, ptr %.cmpb3, ptr undef)
  %t23 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t13, i32 0, i32 0
  %t24 = load {i32, i32}, ptr %t23
  store {i32, i32} zeroinitializer, ptr %t25
  %t26 = getelementptr inbounds {i32, i32}, ptr %t25, i32 0, i32 0
  store i32 1, ptr %t26
  %t27 = getelementptr inbounds {i32, i32}, ptr %t25, i32 0, i32 1
  store i32 2, ptr %t27
  %t28 = load {i32, i32}, ptr %t25
  store {i32, i32} %t24, ptr %.cmpa5
  store {i32, i32} %t28, ptr %.cmpb6
  %.7 = call i1 @"tinypy.equal.d6a8f3"(ptr %.cmpa5, ptr %.cmpb6, ptr undef)
  %t30 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %.1, i32 0, i32 0
  %t31 = getelementptr inbounds {i32, i32}, ptr %t30, i32 0, i32 0
  %t32 = load i32, ptr %t31
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printbool"(i1 %.4, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  call void @"runtime.printbool"(i1 %.7, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.8 = sext i32 %t32 to i64
  call void @"runtime.printint"(i64 %.8, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store [2 x [3 x i32]] zeroinitializer, ptr %t34
  %t35 = getelementptr inbounds [2 x [3 x i32]], ptr %t34, i32 0, i32 0
  store [3 x i32] zeroinitializer, ptr %t36
  %t37 = getelementptr inbounds [3 x i32], ptr %t36, i32 0, i32 0
  store i32 1, ptr %t37
  %t38 = getelementptr inbounds [3 x i32], ptr %t36, i32 0, i32 1
  store i32 2, ptr %t38
  %t39 = getelementptr inbounds [3 x i32], ptr %t36, i32 0, i32 2
  store i32 3, ptr %t39
  %t40 = load [3 x i32], ptr %t36
  store [3 x i32] %t40, ptr %t35
  %t41 = getelementptr inbounds [2 x [3 x i32]], ptr %t34, i32 0, i32 1
  store [3 x i32] zeroinitializer, ptr %t42
  %t43 = getelementptr inbounds [3 x i32], ptr %t42, i32 0, i32 0
  store i32 4, ptr %t43
  %t44 = getelementptr inbounds [3 x i32], ptr %t42, i32 0, i32 1
  store i32 5, ptr %t44
  %t45 = getelementptr inbounds [3 x i32], ptr %t42, i32 0, i32 2
  store i32 6, ptr %t45
  %t46 = load [3 x i32], ptr %t42
  store [3 x i32] %t46, ptr %t41
  %t47 = load [2 x [3 x i32]], ptr %t34
  store [2 x [3 x i32]] zeroinitializer, ptr %t48
  store [2 x [3 x i32]] %t47, ptr %t48
  %t49 = load [2 x [3 x i32]], ptr %t48
  store [2 x [3 x i32]] zeroinitializer, ptr %t50
  store [2 x [3 x i32]] %t49, ptr %t50
  %t51 = getelementptr inbounds [2 x [3 x i32]], ptr %t50, i32 0, i32 1
  %t52 = getelementptr inbounds [3 x i32], ptr %t51, i32 0, i32 2
  store i32 0, ptr %t52
  %t53 = load [2 x [3 x i32]], ptr %t48
  %t54 = load [2 x [3 x i32]], ptr %t50
  store [2 x [3 x i32]] %t53, ptr %.cmpa9
  store [2 x [3 x i32]] %t54, ptr %.cmpb10
  %.11 = call i1 @"tinypy.equal.776fe7"(ptr %.cmpa9, ptr %.cmpb10, ptr undef)
  %t56 = getelementptr inbounds [2 x [3 x i32]], ptr %t48, i32 0, i32 1
  %t57 = getelementptr inbounds [3 x i32], ptr %t56, i32 0, i32 2
  %t58 = load i32, ptr %t57
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printbool"(i1 %.11, ptr undef)
  call void @"runtime.printsp"(ptr undef)
  %.12 = sext i32 %t58 to i64
  call void @"runtime.printint"(i64 %.12, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  %t60 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t13, i32 0, i32 3
  store ptr %.1, ptr %t60
  %t61 = getelementptr inbounds {{i32, i32}, {i32, i32}, {ptr, i32}, ptr}, ptr %t13, i32 0, i32 0
  %t62 = load {i32, i32}, ptr %t61
  store {ptr, ptr} zeroinitializer, ptr %t63
  %.13 = call ptr @"runtime.allocNoscan"(i32 8, ptr undef)
  store {i32, i32} %t62, ptr %.13
  %.14 = insertvalue {ptr, ptr} undef, ptr @"type:main.Point", 0
  %t64 = insertvalue {ptr, ptr} %.14, ptr %.13, 1
  store {ptr, ptr} %t64, ptr %t63
  %t65 = load {ptr, ptr}, ptr %t63
  %gcptr.7 = extractvalue {ptr, ptr} %t65, 0
  store ptr %gcptr.7, ptr %gcslot.5
  %gcptr.8 = extractvalue {ptr, ptr} %t65, 1
  store ptr %gcptr.8, ptr %gcslot.6
  store {i32, i32} zeroinitializer, ptr %t66
  %t67 = getelementptr inbounds {i32, i32}, ptr %t66, i32 0, i32 0
  store i32 1, ptr %t67
  %t68 = getelementptr inbounds {i32, i32}, ptr %t66, i32 0, i32 1
  store i32 2, ptr %t68
  %t69 = load {i32, i32}, ptr %t66
  %.15 = call ptr @"runtime.allocNoscan"(i32 8, ptr undef)
  store {i32, i32} %t69, ptr %.15
  %.16 = insertvalue {ptr, ptr} undef, ptr @"type:main.Point", 0
  %t70 = insertvalue {ptr, ptr} %.16, ptr %.15, 1
  %gcptr.9 = extractvalue {ptr, ptr} %t70, 0
  store ptr %gcptr.9, ptr %gcslot.2
  %gcptr.10 = extractvalue {ptr, ptr} %t70, 1
  store ptr %gcptr.10, ptr %gcslot.3
  %.17 = call i1 @"runtime.interfaceEqual"({ptr, ptr} %t65, {ptr, ptr} %t70, ptr undef)
  call void @"runtime.printlock"(ptr undef)
  call void @"runtime.printbool"(i1 %.17, ptr undef)
  call void @"runtime.printnl"(ptr undef)
  call void @"runtime.printunlock"(ptr undef)
  store ptr %gcprev, ptr @"runtime.stackChainStart"
  ret void
}

define internal {i32, i32} @"main.move"({i32, i32} %p0, i32 %p1, ptr %context) #_ {
entry:
  %t0 = alloca {i32, i32}, align 4
  %t1 = alloca i32, align 4
  br label %b0
b0:
  store {i32, i32} zeroinitializer, ptr %t0
  store {i32, i32} %p0, ptr %t0
  store i32 zeroinitializer, ptr %t1
  store i32 %p1, ptr %t1
  %t2 = getelementptr inbounds {i32, i32}, ptr %t0, i32 0, i32 0
  %t3 = load i32, ptr %t2
  %t4 = load i32, ptr %t1
  %t5 = add i32 %t3, %t4
  store i32 %t5, ptr %t2
  %t6 = load {i32, i32}, ptr %t0
  ret {i32, i32} %t6
}

@"type:main.Point" = internal constant <{i32, i32, i32, i8, i8, i8, i8, ptr, [4 x i8], i32, i32, [4 x i8], {ptr, i32, i32}, i32, i16, i16, i32, [4 x i8]}> <{i32 8, i32 0, i32 1698121284, i8 13, i8 4, i8 4, i8 25, ptr @"tinypy.equal.d6a8f3$funcval", [4 x i8] zeroinitializer, i32 ptrtoint (ptr @.typename.ab1c7b6f34 to i32), i32 0, [4 x i8] zeroinitializer, {ptr, i32, i32} {ptr @"type:main.Point.fields", i32 2, i32 2}, i32 ptrtoint (ptr @.typename.c3b19f8a8b to i32), i16 0, i16 0, i32 0, [4 x i8] zeroinitializer}>, align 4

@"type:main.Point.fields" = internal constant <{{ptr}, ptr, i32, {ptr}, ptr, i32}> <{{ptr} {ptr @.typename.f99f787314}, ptr @"type:int", i32 0, {ptr} {ptr @.typename.9f1018bb5c}, ptr @"type:int", i32 4}>, align 4
